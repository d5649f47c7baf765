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
    gets cos/sin for its pairs once (from the angle table, or the cos/sin
    table, gathered by position when asked) and reuses them across the heads
    of its group, and copies the pass-through channels of partial rotary in
    the same sweep. Heads are split into groups so that the grid fills the
    device: decode shapes get one head per thread row, prefill shapes loop
    over many heads per token. Sites the fused kernel does not cover (xPos,
    coordinate gathers, dynamic channel counts, mixed element types) get an
    element-per-thread kernel built from the op's scalar definition.

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

#endif // ROPE_CONVERSION_PASSES_TD
