//===- AngleSource.cpp - where a rope.rotate's angles come from -----------===//

#include "Dialect/Rope/Utils/AngleSource.h"

#include "Dialect/Rope/Utils/LoweringUtils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::rope;

//===----------------------------------------------------------------------===//
// Row steps: ops that only reshape or slice the leading (row) dims
//===----------------------------------------------------------------------===//

/// True when `op` leaves the last (slot) dim of its source alone, so a row of
/// its result is a row of its source.
static bool isRowStep(Operation *op) {
  if (isa<tensor::CastOp>(op))
    return true;
  if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op))
    return collapse.getReassociationIndices().back().size() == 1;
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(op)) {
    int64_t rank = slice.getSourceType().getRank();
    int64_t last = rank - 1;
    return slice.getResultType().getRank() == rank &&
           slice.getStaticOffsets()[last] == 0 &&
           slice.getStaticStrides()[last] == 1 &&
           !ShapedType::isDynamic(slice.getSourceType().getDimSize(last)) &&
           slice.getStaticSizes()[last] ==
               slice.getSourceType().getDimSize(last);
  }
  return false;
}

/// Follows row steps back from `value`, recording them outermost first.
static Value peelRowSteps(Value value, SmallVectorImpl<Operation *> &steps) {
  while (Operation *def = value.getDefiningOp()) {
    if (!isRowStep(def))
      break;
    steps.push_back(def);
    value = def->getOperand(0);
  }
  return value;
}

/// Rewrites `row`, indices into the result of row step `op`, into indices
/// into its source.
static SmallVector<Value> stepRow(OpBuilder &b, Location loc, Operation *op,
                                  ValueRange row) {
  if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op)) {
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(b, loc, collapse.getSrc());
    SmallVector<Value> source;
    for (auto [index, group] :
         llvm::zip(row, collapse.getReassociationIndices())) {
      if (group.size() == 1) {
        source.push_back(index);
        continue;
      }
      // Row-major: the outermost source dim needs no bound.
      SmallVector<OpFoldResult> basis;
      for (int64_t d : ArrayRef<int64_t>(group).drop_front())
        basis.push_back(sizes[d]);
      auto delinearize = affine::AffineDelinearizeIndexOp::create(
          b, loc, index, basis, /*hasOuterBound=*/false);
      llvm::append_range(source, delinearize.getResults());
    }
    return source;
  }
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(op)) {
    SmallVector<Value> source;
    for (auto [index, offset, stride] :
         llvm::zip(row, slice.getMixedOffsets(), slice.getMixedStrides())) {
      Value scaled = arith::MulIOp::create(
          b, loc, index, getValueOrCreateConstantIndexOp(b, loc, stride));
      source.push_back(arith::AddIOp::create(
          b, loc, scaled, getValueOrCreateConstantIndexOp(b, loc, offset)));
    }
    return source;
  }
  return llvm::to_vector(row);
}

static SmallVector<Value> applyRowSteps(OpBuilder &b, Location loc,
                                        ArrayRef<Operation *> steps,
                                        ValueRange row) {
  SmallVector<Value> current(row);
  for (Operation *step : steps)
    current = stepRow(b, loc, step, current);
  return current;
}

//===----------------------------------------------------------------------===//
// Analysis
//===----------------------------------------------------------------------===//

namespace {
/// Appends the axes of one producer of slots [offset, offset + width).
struct AxisCollector {
  SmallVector<AngleAxis> &axes;
  SmallVector<int64_t> &slotAxis;
  SmallVector<float> &invFreq;

  /// A rope.freqs (one axis per positions axis with sections).
  void addFreqs(FreqsOp freqs, ArrayRef<Operation *> steps, int64_t offset,
                int64_t broadcatDim) {
    int64_t first = axes.size();
    SmallVector<int64_t> slotPositionsAxis = freqs.getSlotAxes();
    int64_t numPositionsAxes = 1 + *llvm::max_element(slotPositionsAxis);
    for (int64_t a = 0; a < numPositionsAxes; ++a) {
      AngleAxis axis;
      axis.freqs = freqs;
      axis.rowSteps.assign(steps.begin(), steps.end());
      axis.offset = offset;
      axis.width = slotPositionsAxis.size();
      axis.broadcatDim = broadcatDim;
      axis.positionsAxis = freqs.getSections() ? a : -1;
      axes.push_back(std::move(axis));
    }
    for (auto [slot, w] : llvm::enumerate(freqs.getInverseFrequencies())) {
      slotAxis[offset + slot] = first + slotPositionsAxis[slot];
      invFreq[offset + slot] = w;
    }
  }

  /// A table read as given.
  void addTable(Value table, int64_t offset, int64_t width,
                int64_t broadcatDim) {
    AngleAxis axis;
    axis.table = table;
    axis.offset = offset;
    axis.width = width;
    axis.broadcatDim = broadcatDim;
    for (int64_t s = offset; s < offset + width; ++s)
      slotAxis[s] = axes.size();
    axes.push_back(std::move(axis));
  }
};
} // namespace

static int64_t staticSlotCount(Value table) {
  return cast<RankedTensorType>(table.getType()).getShape().back();
}

AngleSource AngleSource::analyze(Value angles, int64_t numSlots) {
  AngleSource source;
  source.slotAxis.assign(numSlots, 0);
  source.invFreq.assign(numSlots, 0.0f);
  AxisCollector builder{source.axes, source.slotAxis, source.invFreq};

  SmallVector<Operation *> steps;
  Value base = peelRowSteps(angles, steps);
  if (auto freqs = base.getDefiningOp<FreqsOp>()) {
    source.rowSteps = std::move(steps);
    builder.addFreqs(freqs, {}, 0, -1);
    return source;
  }
  auto broadcat = base.getDefiningOp<BroadcatOp>();
  bool joinable = broadcat && llvm::all_of(broadcat.getTables(), [](Value t) {
                    return !ShapedType::isDynamic(staticSlotCount(t));
                  });
  int64_t joinedWidth = 0;
  if (joinable)
    for (Value t : broadcat.getTables())
      joinedWidth += staticSlotCount(t);
  if (!joinable || joinedWidth != numSlots) {
    builder.addTable(angles, 0, numSlots, -1);
    return source;
  }
  source.rowSteps = std::move(steps);
  source.broadcat = broadcat;
  int64_t offset = 0;
  for (auto [dim, table] : llvm::enumerate(broadcat.getTables())) {
    SmallVector<Operation *> axisSteps;
    Value axisBase = peelRowSteps(table, axisSteps);
    if (auto freqs = axisBase.getDefiningOp<FreqsOp>())
      builder.addFreqs(freqs, axisSteps, offset, dim);
    else
      builder.addTable(table, offset, staticSlotCount(table), dim);
    offset += staticSlotCount(table);
  }
  return source;
}

bool AngleSource::isComputed() const {
  return llvm::any_of(axes, [](const AngleAxis &a) { return a.freqs; });
}

SmallVector<Operation *> AngleSource::getProducers() const {
  llvm::SetVector<Operation *> producers;
  producers.insert(rowSteps.begin(), rowSteps.end());
  if (broadcat)
    producers.insert(broadcat);
  for (const AngleAxis &axis : axes) {
    producers.insert(axis.rowSteps.begin(), axis.rowSteps.end());
    if (axis.freqs)
      producers.insert(axis.freqs);
  }
  return producers.takeVector();
}

//===----------------------------------------------------------------------===//
// Emission
//===----------------------------------------------------------------------===//

SmallVector<Value> AngleSource::axisRow(OpBuilder &b, Location loc,
                                        const AngleAxis &axis,
                                        ValueRange row) const {
  SmallVector<Value> axisRow;
  if (axis.broadcatDim >= 0)
    axisRow.push_back(row[axis.broadcatDim]);
  else
    axisRow.assign(row.begin(), row.end());
  return applyRowSteps(b, loc, axis.rowSteps, axisRow);
}

Value AngleSource::emitPosition(OpBuilder &b, Location loc,
                                const AngleAxis &axis, ValueRange row) const {
  FreqsOp freqs = axis.freqs;
  Value position;
  if (freqs.getLength()) {
    position = row.front();
  } else {
    SmallVector<Value> indices(row);
    if (axis.positionsAxis >= 0)
      indices.push_back(
          arith::ConstantIndexOp::create(b, loc, axis.positionsAxis));
    position = loadElement(b, loc, freqs.getPositions(), indices);
  }
  Value p = convertPositionToF32(b, loc, position);
  float positionScale = freqs.getPositionScale().convertToFloat();
  if (positionScale != 1.0f)
    p = arith::MulFOp::create(
        b, loc, p,
        arith::ConstantOp::create(b, loc, b.getF32FloatAttr(positionScale)));
  return p;
}

SmallVector<Value> AngleSource::emitAxisPositions(OpBuilder &b, Location loc,
                                                  ValueRange row) const {
  SmallVector<Value> joinedRow = applyRowSteps(b, loc, rowSteps, row);
  SmallVector<Value> positions;
  for (const AngleAxis &axis : axes)
    positions.push_back(
        axis.freqs
            ? emitPosition(b, loc, axis, axisRow(b, loc, axis, joinedRow))
            : Value());
  return positions;
}

Value AngleSource::emitAngles(OpBuilder &b, Location loc, ValueRange row,
                              int64_t first, int64_t width) const {
  SmallVector<Value> joinedRow = applyRowSteps(b, loc, rowSteps, row);
  auto vectorType = VectorType::get({width}, b.getF32Type());
  ArrayRef<int64_t> lanes = ArrayRef<int64_t>(slotAxis).slice(first, width);

  // Computed lanes: p * w, p picked per lane from the axes' positions.
  Value positions;
  SmallVector<float> w(invFreq.begin() + first,
                       invFreq.begin() + first + width);
  for (auto [a, axis] : llvm::enumerate(axes)) {
    if (!axis.freqs || !llvm::is_contained(lanes, static_cast<int64_t>(a)))
      continue;
    Value p = vector::BroadcastOp::create(
        b, loc, vectorType,
        emitPosition(b, loc, axis, axisRow(b, loc, axis, joinedRow)));
    if (!positions) {
      positions = p;
      continue;
    }
    SmallVector<bool> mine = llvm::map_to_vector(
        lanes, [&](int64_t l) { return l == static_cast<int64_t>(a); });
    Value mask = arith::ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(VectorType::get({width}, b.getI1Type()),
                               ArrayRef<bool>(mine)));
    positions = arith::SelectOp::create(b, loc, mask, p, positions);
  }
  Value angles;
  if (positions)
    angles = arith::MulFOp::create(
        b, loc, positions,
        arith::ConstantOp::create(
            b, loc, DenseElementsAttr::get(vectorType, ArrayRef<float>(w))));

  // Table lanes: one contiguous read per axis.
  for (auto [a, axis] : llvm::enumerate(axes)) {
    if (axis.freqs)
      continue;
    int64_t lo = std::max(first, axis.offset);
    int64_t hi = std::min(first + width, axis.offset + axis.width);
    if (lo >= hi)
      continue;
    SmallVector<Value> indices = axisRow(b, loc, axis, joinedRow);
    indices.push_back(arith::ConstantIndexOp::create(b, loc, lo - axis.offset));
    auto segmentType = VectorType::get({hi - lo}, b.getF32Type());
    Value padding = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0.0f));
    Value segment =
        vector::TransferReadOp::create(b, loc, segmentType, axis.table, indices,
                                       padding, ArrayRef<bool>{true});
    if (!angles && hi - lo == width) {
      angles = segment;
      continue;
    }
    if (!angles)
      angles = arith::ConstantOp::create(b, loc, b.getZeroAttr(vectorType));
    angles = vector::InsertStridedSliceOp::create(b, loc, segment, angles,
                                                  {lo - first}, {1});
  }
  return angles;
}
