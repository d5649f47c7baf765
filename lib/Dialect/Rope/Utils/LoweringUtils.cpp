//===- LoweringUtils.cpp - pieces every rope lowering shares --------------===//

#include "Dialect/Rope/Utils/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::rope;

Value mlir::rope::loadElement(OpBuilder &b, Location loc, Value source,
                              ValueRange indices) {
  if (isa<MemRefType>(source.getType()))
    return memref::LoadOp::create(b, loc, source, indices);
  return tensor::ExtractOp::create(b, loc, source, indices);
}

Value mlir::rope::createInverseFrequencyConstant(OpBuilder &b, Location loc,
                                                 FreqsOp op) {
  SmallVector<float> invFreq = op.getInverseFrequencies();
  auto type = RankedTensorType::get({static_cast<int64_t>(invFreq.size())},
                                    b.getF32Type());
  return arith::ConstantOp::create(
      b, loc, DenseElementsAttr::get(type, ArrayRef<float>(invFreq)));
}

Value mlir::rope::createSlotAxisConstant(OpBuilder &b, Location loc,
                                         FreqsOp op) {
  SmallVector<int64_t> axes = op.getSlotAxes();
  auto type = RankedTensorType::get({static_cast<int64_t>(axes.size())},
                                    b.getIndexType());
  SmallVector<APInt> values = llvm::map_to_vector(
      axes, [](int64_t a) { return APInt(64, a, /*isSigned=*/true); });
  return arith::ConstantOp::create(b, loc,
                                   DenseElementsAttr::get(type, values));
}

Value mlir::rope::convertPositionToF32(OpBuilder &b, Location loc,
                                       Value position) {
  Type type = position.getType();
  Type f32 = b.getF32Type();
  if (type.isIndex())
    position = arith::IndexCastOp::create(b, loc, b.getI64Type(), position);
  if (isa<IntegerType>(position.getType()))
    return arith::SIToFPOp::create(b, loc, f32, position);
  if (type == f32)
    return position;
  if (type.getIntOrFloatBitWidth() < 32)
    return arith::ExtFOp::create(b, loc, f32, position);
  return arith::TruncFOp::create(b, loc, f32, position);
}

/// `type` with its element type replaced by `elementType` (scalars too).
static Type withElementType(Type type, Type elementType) {
  if (auto shaped = dyn_cast<ShapedType>(type))
    return shaped.clone(elementType);
  return elementType;
}

Value mlir::rope::extendToF32(OpBuilder &b, Location loc, Value value) {
  Type elementType = getElementTypeOrSelf(value.getType());
  if (elementType.isF32())
    return value;
  return arith::ExtFOp::create(
      b, loc, withElementType(value.getType(), b.getF32Type()), value);
}

Value mlir::rope::truncateFromF32(OpBuilder &b, Location loc, Value value,
                                  Type elementType) {
  if (elementType.isF32())
    return value;
  return arith::TruncFOp::create(
      b, loc, withElementType(value.getType(), elementType), value);
}

SmallVector<Value> mlir::rope::applyTableMap(OpBuilder &b, Location loc,
                                             AffineMap map,
                                             ValueRange leadIndices) {
  SmallVector<Value> row;
  for (AffineExpr expr : map.getResults()) {
    if (auto dim = dyn_cast<AffineDimExpr>(expr))
      row.push_back(leadIndices[dim.getPosition()]);
    else
      row.push_back(arith::ConstantIndexOp::create(b, loc, 0));
  }
  return row;
}

/// An integer or index position as an index value.
static Value toIndex(OpBuilder &b, Location loc, Value position) {
  if (position.getType().isIndex())
    return position;
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), position);
}

TableRow mlir::rope::resolveTableRow(OpBuilder &b, Location loc, RotateOp op,
                                     ValueRange rowIndices, Value positions,
                                     LoadFn load) {
  TableRow row;
  if (!positions) {
    row.indices.assign(rowIndices.begin(), rowIndices.end());
    return row;
  }
  if (!op.getCoords()) {
    row.indices.push_back(toIndex(b, loc, load(b, loc, positions, rowIndices)));
    return row;
  }
  // coords: one coordinate per table axis; a negative one marks a token that
  // passes through. Clamp it to 0 so the (unused) table read stays in bounds.
  int64_t axes = cast<ShapedType>(positions.getType()).getShape().back();
  SmallVector<Value> indices(rowIndices);
  indices.push_back(Value());
  for (int64_t a = 0; a < axes; ++a) {
    indices.back() = arith::ConstantIndexOp::create(b, loc, a);
    Value coord = load(b, loc, positions, indices);
    Value zero =
        arith::ConstantOp::create(b, loc, b.getZeroAttr(coord.getType()));
    Value nonNegative =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, coord, zero);
    row.valid =
        row.valid
            ? arith::AndIOp::create(b, loc, row.valid, nonNegative).getResult()
            : nonNegative;
    Value clamped = arith::SelectOp::create(b, loc, nonNegative, coord, zero);
    row.indices.push_back(toIndex(b, loc, clamped));
  }
  return row;
}

std::pair<Value, Value> mlir::rope::loadCosSin(OpBuilder &b, Location loc,
                                               RotateOp op,
                                               const TableOperands &table,
                                               const TableRow &row,
                                               Value column, LoadFn load) {
  SmallVector<Value> indices(row.indices);
  indices.push_back(column);
  if (table.angles) {
    Value angle = load(b, loc, table.angles, indices);
    return {math::CosOp::create(b, loc, angle),
            math::SinOp::create(b, loc, angle)};
  }
  Value c = extendToF32(b, loc, load(b, loc, table.cos, indices));
  Value s = extendToF32(b, loc, load(b, loc, table.sin, indices));
  return {c, s};
}

Value mlir::rope::emitXPosFactor(OpBuilder &b, Location loc, RotateOp op,
                                 unsigned input, Value pairIndex,
                                 Value xposPosition) {
  XPosAttr xpos = op.getXposAttr();
  // Scalars or, for vectorized lowerings, vectors of pair indices.
  Type shape = pairIndex.getType();
  Type f32 = withElementType(shape, b.getF32Type());
  auto f32Const = [&](double v) -> Value {
    TypedAttr scalar = b.getF32FloatAttr(v);
    if (auto vector = dyn_cast<VectorType>(f32))
      return arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(vector, cast<Attribute>(scalar)));
    return arith::ConstantOp::create(b, loc, scalar);
  };
  double rotaryDim = static_cast<double>(op.getRotaryDim());
  // zeta_i = (2i + gamma*R) / ((1 + gamma) * R)
  Value i = arith::UIToFPOp::create(
      b, loc, f32,
      arith::IndexCastUIOp::create(
          b, loc, withElementType(shape, b.getI64Type()), pairIndex));
  Value twoI = arith::MulFOp::create(b, loc, i, f32Const(2.0));
  Value numerator = arith::AddFOp::create(
      b, loc, twoI, f32Const(xpos.getGamma() * rotaryDim));
  Value zeta = arith::DivFOp::create(
      b, loc, numerator, f32Const((1.0 + xpos.getGamma()) * rotaryDim));
  double sign = static_cast<double>(xpos.getSigns()[input]);
  Value exponent = arith::MulFOp::create(b, loc, xposPosition,
                                         f32Const(sign / xpos.getScaleBase()));
  return math::PowFOp::create(b, loc, zeta, exponent);
}

Value mlir::rope::emitRotateElement(OpBuilder &b, Location loc, RotateOp op,
                                    unsigned input, Value source, Value x,
                                    ValueRange indices,
                                    const TableOperands &table, LoadFn load) {
  auto cIndex = [&](int64_t v) -> Value {
    return arith::ConstantIndexOp::create(b, loc, v);
  };
  int64_t rotaryDim = op.getRotaryDim();
  int64_t halfDim = rotaryDim / 2;
  Value channel = indices.back();
  ValueRange lead = indices.drop_back();
  Value zero = cIndex(0);
  Value inRotary = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                         channel, cIndex(rotaryDim));

  // Which pair the channel is in, whether it is the pair's first element, and
  // where its partner is.
  Value isFirst, pairIndex, partner;
  if (op.getLayout() == Layout::half) {
    isFirst = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, channel,
                                    cIndex(halfDim));
    Value up = arith::AddIOp::create(b, loc, channel, cIndex(halfDim));
    Value down = arith::SubIOp::create(b, loc, channel, cIndex(halfDim));
    pairIndex = arith::SelectOp::create(b, loc, isFirst, channel, down);
    partner = arith::SelectOp::create(b, loc, isFirst, up, down);
  } else {
    Value parity = arith::RemUIOp::create(b, loc, channel, cIndex(2));
    isFirst =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, parity, zero);
    pairIndex = arith::DivUIOp::create(b, loc, channel, cIndex(2));
    Value up = arith::AddIOp::create(b, loc, channel, cIndex(1));
    Value down = arith::SubIOp::create(b, loc, channel, cIndex(1));
    partner = arith::SelectOp::create(b, loc, isFirst, up, down);
  }
  // Pass-through channels read nothing out of bounds: point them at the
  // element itself and at table column 0.
  partner = arith::SelectOp::create(b, loc, inRotary, partner, channel);
  pairIndex = arith::SelectOp::create(b, loc, inRotary, pairIndex, zero);
  Value column =
      op.hasPerElementTable()
          ? arith::SelectOp::create(b, loc, inRotary, channel, zero).getResult()
          : pairIndex;

  SmallVector<Value> partnerIndices(lead);
  partnerIndices.push_back(partner);
  Value xf = extendToF32(b, loc, x);
  Value pf = extendToF32(b, loc, load(b, loc, source, partnerIndices));

  SmallVector<Value> rowIndices =
      applyTableMap(b, loc, op.getTableMap(input), lead);
  TableRow row = resolveTableRow(b, loc, op, rowIndices, table.positions, load);
  auto [c, s] = loadCosSin(b, loc, op, table, row, column, load);

  // a' = a cos - b sin for the first element, b' = b cos + a sin for the
  // second; x is the element itself and the partner the other one.
  Value xc = arith::MulFOp::create(b, loc, xf, c);
  Value ps = arith::MulFOp::create(b, loc, pf, s);
  Value first = arith::SubFOp::create(b, loc, xc, ps);
  Value second = arith::AddFOp::create(b, loc, xc, ps);
  Value rotated = arith::SelectOp::create(b, loc, isFirst, first, second);
  float scale = op.getScale().convertToFloat();
  if (scale != 1.0f)
    rotated = arith::MulFOp::create(
        b, loc, rotated,
        arith::ConstantOp::create(b, loc, b.getF32FloatAttr(scale)));
  if (op.getXposAttr()) {
    Value p = convertPositionToF32(
        b, loc, load(b, loc, table.xposPositions, rowIndices));
    rotated = arith::MulFOp::create(
        b, loc, rotated, emitXPosFactor(b, loc, op, input, pairIndex, p));
  }

  Value rotates =
      row.valid ? arith::AndIOp::create(b, loc, inRotary, row.valid).getResult()
                : inRotary;
  Value result = arith::SelectOp::create(b, loc, rotates, rotated, xf);
  return truncateFromF32(b, loc, result, getElementTypeOrSelf(x.getType()));
}
