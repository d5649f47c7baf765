//===- BF16Rounding.h - f32 -> bf16 rounding in integer ops -----*- C++ -*-===//
//
// Targets without f32 -> bf16 conversions (x86 without AVX512-BF16) round
// in integer ops. Written once here, in the form x86 vectorizes well: every
// step, the NaN select included, on the 32-bit lanes of the f32 values.
// (Upstream's arith-expand selects NaNs after truncating to 16 bits, and
// LLVM's x86 backend turns that select into one compare and cmov per
// element.) An integer result also keeps a non-temporal store
// non-temporal, which LLVM's x86 backend drops for bf16 vectors.
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_DIALECT_ROPE_UTILS_BF16ROUNDING_H
#define ROPE_DIALECT_ROPE_UTILS_BF16ROUNDING_H

#include "mlir/IR/Builders.h"

namespace mlir::rope {

/// `value` (f32 scalar or vector) rounded to bf16, to nearest with ties to
/// even, as i32 lanes whose high 16 bits are the bf16 bits (the low 16 are
/// not zero). NaNs become the quiet NaN 0x7fc0.
Value roundToBF16HighHalf(OpBuilder &b, Location loc, Value value);

/// `value` (f32 scalar or vector) rounded to bf16 as roundToBF16HighHalf
/// does, as a bf16 value.
Value truncateToBF16InIntegers(OpBuilder &b, Location loc, Value value);

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_UTILS_BF16ROUNDING_H
