//===- BF16Rounding.cpp - f32 -> bf16 rounding in integer ops -------------===//

#include "Dialect/Rope/Utils/BF16Rounding.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;

/// `type` (a scalar or vector type) with element type `element`.
static Type withElement(Type type, Type element) {
  if (auto shaped = dyn_cast<ShapedType>(type))
    return shaped.clone(element);
  return element;
}

/// A splat of `bits` in `type` (i32 scalar or vector).
static Value splat(OpBuilder &b, Location loc, Type type, uint32_t bits) {
  auto attr = b.getI32IntegerAttr(int32_t(bits));
  if (auto vector = dyn_cast<VectorType>(type))
    return arith::ConstantOp::create(
        b, loc, DenseElementsAttr::get(vector, ArrayRef<Attribute>{attr}));
  return arith::ConstantOp::create(b, loc, attr);
}

/// Bitcast of a scalar or vector.
static Value bitcast(OpBuilder &b, Location loc, Type type, Value value) {
  if (isa<VectorType>(type))
    return vector::BitCastOp::create(b, loc, type, value);
  return arith::BitcastOp::create(b, loc, type, value);
}

Value mlir::rope::roundToBF16HighHalf(OpBuilder &b, Location loc, Value value) {
  Type i32 = withElement(value.getType(), b.getI32Type());
  Value bits = bitcast(b, loc, i32, value);
  // + 0x7fff, + 1 more when the kept half is odd: ties go to even.
  Value odd = arith::AndIOp::create(
      b, loc, arith::ShRUIOp::create(b, loc, bits, splat(b, loc, i32, 16)),
      splat(b, loc, i32, 1));
  Value rounded = arith::AddIOp::create(
      b, loc, bits,
      arith::AddIOp::create(b, loc, odd, splat(b, loc, i32, 0x7fff)));
  // A NaN's payload could carry into the exponent (or an sNaN round to
  // infinity): NaNs become the quiet NaN 0x7fc0, as in PyTorch's and
  // upstream's conversions (one select of a constant, no more ops).
  Value nan =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, value, value);
  return arith::SelectOp::create(b, loc, nan, splat(b, loc, i32, 0x7fc00000),
                                 rounded);
}

Value mlir::rope::truncateToBF16InIntegers(OpBuilder &b, Location loc,
                                           Value value) {
  Value high = roundToBF16HighHalf(b, loc, value);
  Type i32 = high.getType();
  Value shifted = arith::ShRUIOp::create(b, loc, high, splat(b, loc, i32, 16));
  Value bits = arith::TruncIOp::create(b, loc, withElement(i32, b.getI16Type()),
                                       shifted);
  return bitcast(b, loc, withElement(i32, b.getBF16Type()), bits);
}
