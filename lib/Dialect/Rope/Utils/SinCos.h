//===- SinCos.h - vectorizable f32 sin/cos with range reduction -*- C++ -*-===//
//
// RoPE angles reach p * w_0 = p radians (w_0 = 1), so a model with 128K
// positions asks for sin/cos of f32 angles up to 131072. Approximations
// without range reduction (or with a single-constant reduction) drift to
// 1e-2 there. This one reduces with a 3-constant Cody-Waite split of pi/2
// evaluated with FMAs, then evaluates minimax polynomials on [-pi/4, pi/4]
// and picks the quadrant with integer ops, so it vectorizes (no table, no
// branch) on CPUs and GPUs alike.
//
// Accuracy: |error| <= 1e-7 absolute against f64 sin/cos of the same f32
// angle for |angle| <= 2^21 (f32 emulation: test/Dialect/Rope/Utils/
// sincos-minimax.py; executed: test/Integration/CPU/sincos-*.mlir);
// the bound the rope ops promise is 2e-6. The quadrant is exact while
// |angle| < 2^22 * pi/2; beyond that an f32 angle has a spacing of 0.5 rad
// and no sin/cos of it means anything.
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_DIALECT_ROPE_UTILS_SINCOS_H
#define ROPE_DIALECT_ROPE_UTILS_SINCOS_H

#include "mlir/IR/Builders.h"

namespace mlir::rope {

/// Emits {sin(angle), cos(angle)} with arith and math ops (math.fma for the
/// reduction and the polynomials). `angle` is an f32 scalar or a vector of
/// f32; both results have its type.
std::pair<Value, Value> emitSinCos(OpBuilder &b, Location loc, Value angle);

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_UTILS_SINCOS_H
