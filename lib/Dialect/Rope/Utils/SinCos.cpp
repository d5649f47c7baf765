//===- SinCos.cpp - vectorizable f32 sin/cos with range reduction ---------===//

#include "Dialect/Rope/Utils/SinCos.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

namespace {
// Minimax coefficients on [0, pi/4 + 0.01] (the margin covers angles that
// round to a neighbouring quadrant), derived by a Remez exchange in f64 and
// rounded to f32 by test/Dialect/Rope/Utils/sincos-minimax.py, which also
// checks that these literals are what it derives:
//   sin r ~ r + r^3 (s0 + s1 r^2 + s2 r^4)            (max error 2.0e-9)
//   cos r ~ 1 - r^2/2 + r^4 (c0 + c1 r^2 + c2 r^4)    (max error 1.1e-10)
constexpr float kSin[] = {-0.16666649281978607f, 0.008331908844411373f,
                          -0.00019486852397676557f};
constexpr float kCos[] = {0.04166664555668831f, -0.0013887288514524698f,
                          2.4429213226540014e-05f};

// pi/2 = C1 + C2 + C3 (each the f32 rounding of what is left). With FMAs each
// step x - k*Ci is rounded once, so the reduced angle stays within a few ulp
// of the exact x - k*pi/2 for every k the valid range produces.
constexpr float kPiOver2Hi = 1.57079637050628662109375f;
constexpr float kPiOver2Mid = -4.37113900018624283e-08f;
constexpr float kPiOver2Lo = -1.77635683940025046e-15f;
constexpr float kTwoOverPi = 0.636619772367581343f;
// 1.5 * 2^23: adding it rounds to an integer (nearest-even) and leaves that
// integer in the low mantissa bits, which gives the quadrant without an
// fptosi; valid while |x * 2/pi| < 2^22.
constexpr float kRoundMagic = 12582912.0f;

/// Builds splat constants and ops on `type` (an f32/i32 scalar or vector).
struct Emitter {
  OpBuilder &b;
  Location loc;
  Type f32Type, i32Type;

  Value splat(Type type, TypedAttr scalar) {
    if (auto shaped = dyn_cast<ShapedType>(type))
      return arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(shaped, cast<Attribute>(scalar)));
    return arith::ConstantOp::create(b, loc, scalar);
  }
  Value f(float v) { return splat(f32Type, b.getF32FloatAttr(v)); }
  Value i(int32_t v) { return splat(i32Type, b.getI32IntegerAttr(v)); }
  Value fma(Value x, Value y, Value z) {
    return math::FmaOp::create(b, loc, x, y, z);
  }
  /// c0 + z*(c1 + z*c2), by Horner with FMAs.
  Value horner(Value z, ArrayRef<float> c) {
    Value acc = fma(z, f(c[2]), f(c[1]));
    return fma(z, acc, f(c[0]));
  }
  /// Flips the sign of `x` where bit 31 of `signBits` is set.
  Value flipSign(Value x, Value signBits) {
    Value bits = arith::BitcastOp::create(b, loc, i32Type, x);
    Value flipped = arith::XOrIOp::create(b, loc, bits, signBits);
    return arith::BitcastOp::create(b, loc, f32Type, flipped);
  }
  /// Bit 1 of `q` moved to the sign bit.
  Value bit1ToSign(Value q) {
    Value bit = arith::AndIOp::create(b, loc, q, i(2));
    return arith::ShLIOp::create(b, loc, bit, i(30));
  }
};
} // namespace

std::pair<Value, Value> mlir::rope::emitSinCos(OpBuilder &b, Location loc,
                                               Value angle) {
  Type type = angle.getType();
  assert(getElementTypeOrSelf(type).isF32() && "emitSinCos takes f32");
  Type i32Type = b.getI32Type();
  if (auto vec = dyn_cast<VectorType>(type))
    i32Type = vec.clone(i32Type);
  Emitter e{b, loc, type, i32Type};

  // angle = k*pi/2 + r, |r| <= pi/4 (+ a rounding margin), q = k mod 4.
  Value shifted = e.fma(angle, e.f(kTwoOverPi), e.f(kRoundMagic));
  Value k = arith::SubFOp::create(b, loc, shifted, e.f(kRoundMagic));
  Value shiftedBits = arith::BitcastOp::create(b, loc, i32Type, shifted);
  Value q = arith::AndIOp::create(b, loc, shiftedBits, e.i(3));
  Value negK = arith::NegFOp::create(b, loc, k);
  Value r = e.fma(negK, e.f(kPiOver2Hi), angle);
  r = e.fma(negK, e.f(kPiOver2Mid), r);
  r = e.fma(negK, e.f(kPiOver2Lo), r);

  Value z = arith::MulFOp::create(b, loc, r, r);
  Value sinPoly = arith::MulFOp::create(b, loc, e.horner(z, kSin), z);
  Value sinR = e.fma(r, sinPoly, r);
  Value z2 = arith::MulFOp::create(b, loc, z, z);
  Value cosTail = e.horner(z, kCos);
  Value cosHead = e.fma(z, e.f(-0.5f), e.f(1.0f));
  Value cosR = e.fma(z2, cosTail, cosHead);

  // Quadrant q: sin = (s, c, -s, -c)[q], cos = (c, -s, -c, s)[q].
  Value bit0 = arith::AndIOp::create(b, loc, q, e.i(1));
  Value odd =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, bit0, e.i(0));
  Value sinVal = arith::SelectOp::create(b, loc, odd, cosR, sinR);
  Value cosVal = arith::SelectOp::create(b, loc, odd, sinR, cosR);
  sinVal = e.flipSign(sinVal, e.bit1ToSign(q));
  Value qPlusOne = arith::AddIOp::create(b, loc, q, e.i(1));
  cosVal = e.flipSign(cosVal, e.bit1ToSign(qPlusOne));
  return {sinVal, cosVal};
}
