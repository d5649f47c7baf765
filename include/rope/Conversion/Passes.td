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

#endif // ROPE_CONVERSION_PASSES_TD
