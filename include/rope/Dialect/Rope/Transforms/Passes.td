//===- Passes.td - rope dialect transformations ------------*- tablegen -*-===//

#ifndef ROPE_DIALECT_ROPE_TRANSFORMS_PASSES_TD
#define ROPE_DIALECT_ROPE_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def RopeRaise : Pass<"rope-raise"> {
  let summary = "Find RoPE in linalg-on-tensors IR and raise it to rope ops";
  let description = [{
    Replaces every tensor value that provably computes a rotary position
    embedding by `rope.rotate` (with `rope.freqs`, and `rope.broadcat` for
    multi-axis tables), and leaves everything else untouched.

    Front ends spell RoPE in many ways (rotate_half by concat or by
    insert_slice, NeoX halves, GPT-J stride-2 slices and stack+flatten, Meta's
    complex multiply, CogVideoX's real interleaved form, one hand-written
    generic that reads the pair partner with tensor.extract, TOSA after
    tosa-to-linalg...). Rather than one pattern per spelling, the pass asks
    what each element of a candidate value is: an element-level symbolic
    evaluator looks through views, data movement and elementwise math and
    expresses `V[i..., j]` over leaf tensors, for every channel j. The value
    is raised when, for every j, that expression expands to exactly

        x[j] * c_j - x[j + R/2] * s_j      (half layout, first half)
        x[j] * c_j + x[j - R/2] * s_j      (half layout, second half)

    (or the interleaved equivalent, pairs (2i, 2i+1)), `x[j]` for the
    pass-through channels j >= R, where c/s are the cos/sin of one angle per
    pair (raised to `rope.freqs` when the angle is `position * w` with
    compile-time `w`, otherwise an angle table), or cos/sin tables used
    element by element (never assuming the two halves of a table are equal),
    possibly gathered by positions. A constant factor common to all rotated
    channels becomes `scale`.

    Float roundings of intermediate results (f16/bf16 per-op rounding) are
    the one difference accepted: the raised op computes in f32 and rounds
    once. Angles are matched exactly (a rounded angle is not an angle).

    Values the rewrite reads keep their other users; q and k rotated by the
    same table become one multi-input `rope.rotate`.

    With `report`, every site that looks like a rotation but is not raised
    gets a remark saying why (at the value where the proof got furthest,
    with the terms of the failing channel), and every function a remark
    summing up the forms raised: the same counts as the statistics below,
    which builds of MLIR without LLVM_ENABLE_STATS (Debian's) do not print.
  }];
  let options = [
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark at every rotation-like site that is not raised, "
           "with the reason, and a per-function summary of the forms raised">,
  ];
  let statistics = [
    Statistic<"numRaised", "sites-raised", "RoPE sites raised">,
    Statistic<"numHalf", "half-layout", "Sites with half (rotate_half/NeoX) pairs">,
    Statistic<"numInterleaved", "interleaved-layout",
              "Sites with interleaved (GPT-J/complex) pairs">,
    Statistic<"numPartial", "partial-rotary",
              "Sites rotating only part of the channels">,
    Statistic<"numComplex", "complex-form",
              "Sites written with complex numbers (view_as_complex)">,
    Statistic<"numSingleGeneric", "single-generic-form",
              "Sites computed by one linalg.generic reading the pair partner">,
    Statistic<"numFreqs", "inline-frequencies",
              "Sites whose angles were raised to rope.freqs">,
    Statistic<"numBroadcat", "broadcat-tables",
              "Sites with a multi-axis table raised to rope.broadcat">,
    Statistic<"numSections", "sectioned-positions",
              "Sites with multi-axis (mRoPE) positions">,
    Statistic<"numAngleTables", "angle-tables",
              "Sites reading a given angle table">,
    Statistic<"numCosSin", "cos-sin-tables",
              "Sites reading given cos/sin tables">,
    Statistic<"numGathered", "gathered-tables",
              "Sites whose table is gathered by positions">,
    Statistic<"numScaled", "scaled", "Sites with a constant scale">,
    Statistic<"numMerged", "merged-inputs",
              "Rotations merged into another rope.rotate sharing its table">,
    Statistic<"numRejected", "rejected",
              "Rotation-like values left alone (see report=true)">,
  ];
  let dependentDialects = [
    "mlir::rope::RopeDialect",
    "mlir::arith::ArithDialect",
    "mlir::complex::ComplexDialect",
    "mlir::linalg::LinalgDialect",
    "mlir::math::MathDialect",
    "mlir::tensor::TensorDialect",
  ];
}

#endif // ROPE_DIALECT_ROPE_TRANSFORMS_PASSES_TD
