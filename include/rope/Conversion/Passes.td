//===- Passes.td - rope conversion passes ------------------*- tablegen -*-===//

#ifndef ROPE_CONVERSION_PASSES_TD
#define ROPE_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertRopeToLinalg : Pass<"convert-rope-to-linalg"> {
  let summary = "Lower rope ops to linalg/tensor/arith/math (reference lowering)";
  let description = [{
    The portable, obviously-correct lowering every other path is checked
    against. `rope.freqs` becomes a `linalg.generic` over the angle table with
    the inverse frequencies as an f32 constant; `rope.broadcat` becomes one
    `linalg.broadcast` per axis inserted into the joined table; `rope.rotate`
    becomes, per input, one `linalg.generic` over the output that reads each
    element's pair partner and its table entry with `tensor.extract`.

    It materializes the angle table and calls `math.sin`/`math.cos` per
    element: correct everywhere, fast nowhere. `--rope-cpu-pipeline` and
    `--rope-gpu-pipeline` use fused codegen instead.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::linalg::LinalgDialect",
    "mlir::math::MathDialect",
    "mlir::tensor::TensorDialect",
  ];
}

def ConvertRopeToCPU : Pass<"convert-rope-to-cpu"> {
  let summary = "Fuse each rope.rotate, with the rope.freqs/rope.broadcat "
                "producing its angles, into one vectorized parallel loop nest";
  let description = [{
    RoPE is memory-bound: the only goal is to move each byte of the inputs
    once. Every `rope.rotate` becomes one `scf.forall` over the table rows
    (tokens) on tensors, whose shared outputs are fresh `tensor.empty`s, so
    one-shot bufferization writes the results in place with no copies and
    `--scf-forall-to-parallel` + `--convert-scf-to-openmp` spread the rows
    over threads. Per token:

    1. the R/2 angles are computed in registers, vector by vector, from what
       produced the table (see AngleSource.h: `rope.freqs` of positions or a
       length, `rope.broadcat` of per-axis tables, collapsed to tokens), so
       no angle table is materialized; a table given as an operand (angles,
       cos/sin caches, gathered by positions) is read once per token;
    2. sin/cos of the angles are evaluated once (`emitSinCos`: range-reduced
       polynomials, within 1e-7 of f64), with `scale` and the xPos factor
       folded into them;
    3. for every input (q and k in one op) and every head (the input dims the
       table map does not bind), x is streamed through in vectors of
       `vector-bits`: `half` pairs as two half-vectors, `interleaved` pairs by
       `vector.deinterleave`/`vector.interleave` (16-bit pairs as i32/i16
       lanes: LLVM scalarizes shuffles of bf16/f16 vectors), never a gather;
       pass-through channels are copied in the same sweep; f16/bf16 are
       loaded and stored as such with f32 math.

    The rotary dim is an attribute, so the channel loop is unrolled into
    in-bounds transfers; sin/cos stay in registers across the head loop.
    When tokens are the inputs' innermost leading dim ([B, H, S, D]), an
    iteration takes a tile of `tile-bytes` worth of consecutive tokens and
    keeps their sin/cos in a small scratch buffer, so that each head streams
    through contiguous rows instead of visiting 2 x H short rows per token,
    which defeats the hardware prefetchers. Static problems moving fewer
    than `min-parallel-bytes` get a sequential scf.for nest instead of the
    forall. `rope.freqs`/`rope.broadcat` ops that have other users stay for
    `--convert-rope-to-linalg`.
  }];
  let options = [
    Option<"vectorBits", "vector-bits", "int64_t", /*default=*/"256",
           "SIMD register width in bits (512 for AVX-512, 256 for AVX2, 128 "
           "for SSE/NEON): the rotation handles vector-bits/32 pairs at a time">,
    Option<"tileBytes", "tile-bytes", "int64_t", /*default=*/"8192",
           "When tokens are the inputs' innermost leading dim ([B, H, S, D]), "
           "each head streams through a tile of about this many bytes of "
           "consecutive tokens (their sin/cos kept in an L1 scratch buffer); "
           "0 = one token at a time">,
    Option<"minParallelBytes", "min-parallel-bytes", "int64_t",
           /*default=*/"4194304",
           "Static problems moving fewer bytes than this run sequentially "
           "(threads cost more than they save there)">
  ];
  let dependentDialects = [
    "mlir::affine::AffineDialect",
    "mlir::arith::ArithDialect",
    "mlir::math::MathDialect",
    "mlir::scf::SCFDialect",
    "mlir::tensor::TensorDialect",
    "mlir::vector::VectorDialect",
  ];
}

def ConvertRopeToGPU : Pass<"convert-rope-to-gpu", "ModuleOp"> {
  let summary = "Lower each rope.rotate to one fused GPU kernel and its launcher";
  let description = [{
    Every `rope.rotate` (a RoPE site) becomes one kernel in the
    `gpu.module @rope_kernels`, a host launcher `@rope_site_<k>_memref`
    (device buffers, a CUDA stream; computes the launch configuration from
    the shapes, at run time when they are dynamic) and, at the site, a call
    of a host-memory wrapper on the bufferized operands.

    The fused kernel rotates all inputs (q and k) in one launch: a CTA row
    of threads owns one token (table row) and a group of heads; each thread
    owns 128-bit vectors of channels (`vector<8xbf16>`, `vector<4xf32>`),
    gets cos/sin for its pairs once and reuses them across the heads of its
    group, and copies the pass-through channels of partial rotary in the
    same sweep. When the angle table comes from `rope.freqs` (through
    `rope.broadcat` and reshapes: AngleSource) the kernel computes the
    angles from the positions, which become kernel buffers (`positions<k>`),
    and no table is materialized; otherwise it reads the angle or cos/sin
    table, gathered by position when asked. sin/cos are the range-reduced
    polynomials of SinCos.h (no libdevice, no local memory). Heads are split
    into groups so that the grid fills the device: decode shapes get one
    head per thread row, prefill shapes loop over many heads per token.
    Sites the fused kernel does not cover (xPos, coordinate gathers, dynamic
    channel counts, mixed element types) get an element-per-thread kernel
    built from the op's scalar definition.

    The launcher's host side (gpu.launch_func, device copies) is created by
    `rope-gpu-materialize-host` after bufferization: buffer deallocation
    rejects the gpu host ops, so this pass leaves a call to a declared
    `@rope_site_<k>_launch` in their place.
  }];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"sm_90\"",
           "GPU architecture the kernels are tuned for (SM count)">,
    Option<"numSMs", "num-sms", "int64_t", /*default=*/"0",
           "Streaming multiprocessors to fill (0: derived from chip)">,
    Option<"blockThreads", "block-threads", "int64_t", /*default=*/"256",
           "Threads per CTA the fused kernel aims for">,
    Option<"unroll", "unroll", "int64_t", /*default=*/"2",
           "Heads whose loads are issued together in the fused kernel">,
  ];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::bufferization::BufferizationDialect",
    "mlir::func::FuncDialect",
    "mlir::gpu::GPUDialect",
    "mlir::LLVM::LLVMDialect",
    "mlir::math::MathDialect",
    "mlir::memref::MemRefDialect",
    "mlir::scf::SCFDialect",
    "mlir::vector::VectorDialect",
  ];
}

def RopeGPUMaterializeHost : Pass<"rope-gpu-materialize-host", "ModuleOp"> {
  let summary = "Host side of the GPU RoPE sites, after bufferization";
  let description = [{
    Runs on the buffers that `convert-rope-to-gpu` and bufferization left:
    - each call of a declared `@rope_site_<k>_launch` becomes a
      `gpu.launch_func` on the launcher's stream;
    - each declared host-memory wrapper `@rope_site_<k>_host` gets its body:
      device buffers, copies in, the launch, copies out, one synchronization;
    - each launcher gets a plain C entry point `@rope_site_<k>` taking raw
      device pointers, then one i64 per dynamic size of the non-output
      buffers, then the stream (outputs share their input's sizes);
    - `@rope_manifest()` returns a JSON description of every entry point
      (buffer roles, element types, shapes), for loaders such as ctypes.
  }];
  let dependentDialects = [
    "mlir::func::FuncDialect",
    "mlir::gpu::GPUDialect",
    "mlir::LLVM::LLVMDialect",
    "mlir::memref::MemRefDialect",
  ];
}

def RopeGPUEmulate : Pass<"rope-gpu-emulate", "ModuleOp"> {
  let summary = "Run the GPU sites' kernels on the host (testing without a GPU)";
  let description = [{
    After `rope-gpu-materialize-host`: each `gpu.launch_func` becomes a loop
    nest over its blocks and threads with the kernel body inlined
    (`gpu.thread_id` and friends become the loop indices), and the host
    wrappers' device memory operations become host ones (`gpu.alloc` ->
    `memref.alloc`, `gpu.memcpy` -> `memref.copy`, ...). The rope kernels use
    no shared memory and no barrier, and no thread reads what another
    writes, so the sequential nest computes what the GPU computes; what it
    cannot check is the NVVM lowering and the hardware. The result lowers
    with the CPU's LLVM passes and runs in mlir-runner, so every executed
    test of the CPU path can also exercise the GPU kernels
    (`--rope-gpu-pipeline=emulate=1`).
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::LLVM::LLVMDialect",
    "mlir::memref::MemRefDialect",
    "mlir::scf::SCFDialect",
  ];
}

#endif // ROPE_CONVERSION_PASSES_TD
