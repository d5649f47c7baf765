//===- LoweringUtils.h - pieces every rope lowering shares ------*- C++ -*-===//
//
// The scalar semantics of the rope ops, written once: the reference lowering
// builds its generic bodies from these helpers, and the fused CPU/GPU codegen
// uses them for the parts that are not vectorized (table row resolution,
// position conversion, constants), so all lowerings agree by construction.
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_DIALECT_ROPE_UTILS_LOWERINGUTILS_H
#define ROPE_DIALECT_ROPE_UTILS_LOWERINGUTILS_H

#include "rope/Dialect/Rope/IR/RopeOps.h"

#include "mlir/IR/Builders.h"

namespace mlir::rope {

/// Loads one element of `source` (a tensor or memref) at `indices`.
using LoadFn = function_ref<Value(OpBuilder &, Location, Value source,
                                  ValueRange indices)>;

/// tensor.extract or memref.load, whichever `source`'s type calls for.
Value loadElement(OpBuilder &b, Location loc, Value source, ValueRange indices);

/// The f32 inverse frequencies of `op` as a tensor<dim/2 x f32> constant.
Value createInverseFrequencyConstant(OpBuilder &b, Location loc, FreqsOp op);

/// The positions axis of every frequency slot (mRoPE sections) as a
/// tensor<dim/2 x index> constant.
Value createSlotAxisConstant(OpBuilder &b, Location loc, FreqsOp op);

/// Converts a scalar position (signless integer = signed, index, or float) to
/// f32 as the ops define it.
Value convertPositionToF32(OpBuilder &b, Location loc, Value position);

/// Extends an f16/bf16/f32 scalar or vector to f32.
Value extendToF32(OpBuilder &b, Location loc, Value value);
/// Rounds an f32 scalar or vector to `elementType` (f32, f16 or bf16).
Value truncateFromF32(OpBuilder &b, Location loc, Value value,
                      Type elementType);

/// The table operands of a rope.rotate (remapped values during conversion).
struct TableOperands {
  Value angles, cos, sin, positions, xposPositions;
};

/// Applies a rotate table map to the leading (non-channel) indices of one
/// input: dims select indices, the constant 0 becomes index 0.
SmallVector<Value> applyTableMap(OpBuilder &b, Location loc, AffineMap map,
                                 ValueRange leadIndices);

/// A resolved table row: indices into the table's leading dims, and for
/// `coords` gathers an i1 that is false when a coordinate is negative (the
/// token passes through); `valid` is null when every row is valid.
struct TableRow {
  SmallVector<Value> indices;
  Value valid;
};

/// Resolves table row `rowIndices` (in the row shape, see
/// RotateOp::getTableRowShape) through the op's gather, if any.
TableRow resolveTableRow(OpBuilder &b, Location loc, RotateOp op,
                         ValueRange rowIndices, Value positions,
                         LoadFn load = loadElement);

/// cos and sin (f32) of table column `column` in `row`: the angle's cos/sin
/// for angle tables, the given values for cos/sin tables. `column` is the
/// pair index, or the channel index for per-element cos/sin tables.
std::pair<Value, Value> loadCosSin(OpBuilder &b, Location loc, RotateOp op,
                                   const TableOperands &table,
                                   const TableRow &row, Value column,
                                   LoadFn load = loadElement);

/// The xPos factor zeta_i^(sign * p / scale_base) for pair `pairIndex`
/// (index) of input `input`, p given as f32. Vectorized lowerings pass a
/// vector of pair indices and a vector of positions of the same shape.
Value emitXPosFactor(OpBuilder &b, Location loc, RotateOp op, unsigned input,
                     Value pairIndex, Value xposPosition);

/// The scalar definition of rope.rotate for one element of input `input`:
/// `x` is the element (storage type) at `indices` of `source` (the whole
/// input, read for the pair partner). Returns the result element.
Value emitRotateElement(OpBuilder &b, Location loc, RotateOp op, unsigned input,
                        Value source, Value x, ValueRange indices,
                        const TableOperands &table, LoadFn load = loadElement);

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_UTILS_LOWERINGUTILS_H
