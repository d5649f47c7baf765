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
    over threads. Per row:

    1. the R/2 angles are computed in registers, vector by vector, from what
       produced the table (see AngleSource.h: `rope.freqs` of positions or a
       length, `rope.broadcat` of per-axis tables, collapsed to tokens), so
       no angle table is materialized; a table given as an operand (angles,
       cos/sin caches, gathered by positions) is read once per row;
    2. sin/cos of the angles are evaluated once (`emitSinCos`: range-reduced
       polynomials, within 1e-7 of f64), with `scale` and the xPos factor
       folded into them;
    3. for every input (q and k in one op) and every head (the input dims the
       table map does not bind), x is streamed through in vectors of
       `vector-bits`: `half` pairs as two half-vectors, `interleaved` pairs by
       `vector.deinterleave`/`vector.interleave` (shuffles, no gathers);
       pass-through channels are copied in the same sweep; f16/bf16 are
       loaded and stored as such with f32 math.

    The rotary dim is an attribute, so the channel loop is fully unrolled
    into in-bounds transfers; sin/cos stay in registers across the head
    loop. `rope.freqs`/`rope.broadcat` ops that have other users stay for
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

def RopeSetCPUTarget : Pass<"rope-set-cpu-target", "::mlir::ModuleOp"> {
  let summary = "Attach the target CPU and its features to every llvm.func";
  let description = [{
    LLVM picks instructions per function from its `target-cpu` and
    `target-features`; without them the JIT or clang generate baseline
    x86-64 code (no AVX, no FMA: math.fma becomes a libm call). This pass
    sets `target_cpu` and `target_features` on every `llvm.func` (and the
    module's target triple when it has none). `cpu=host` (the default) takes
    the CPU and features of the machine that compiles.
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"\"host\"",
           "LLVM CPU name (e.g. x86-64-v3, sapphirerapids, neoverse-v2) or "
           "`host`">,
    Option<"features", "features", "std::string", /*default=*/"\"\"",
           "Extra LLVM target features, e.g. +avx512f,-avx512bf16 (added to "
           "the host's with cpu=host)">
  ];
}

#endif // ROPE_CONVERSION_PASSES_TD
