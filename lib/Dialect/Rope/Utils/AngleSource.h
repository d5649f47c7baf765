//===- AngleSource.h - where a rope.rotate's angles come from ---*- C++ -*-===//
//
// Fused codegen does not read a materialized angle table: it finds what
// produced the table (rope.freqs of a positions tensor or a length,
// rope.broadcat of per-axis tables, tensor.collapse_shape / extract_slice /
// cast of their leading dims) and recomputes the angles of a table row in
// the kernel from the positions, with exactly the f32 operations the ops
// define (f32(p) [* position_scale] * w_i, w_i from
// FreqsOp::getInverseFrequencies). Anything else is a table read as given.
//
// The producers are only read, never erased: a producer with other users is
// still lowered for them (the reference lowering takes the leftovers).
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_DIALECT_ROPE_UTILS_ANGLESOURCE_H
#define ROPE_DIALECT_ROPE_UTILS_ANGLESOURCE_H

#include "rope/Dialect/Rope/IR/RopeOps.h"

#include "mlir/IR/Builders.h"

namespace mlir::rope {

/// The producer of one run of frequency slots of the joined angle table:
/// either a rope.freqs evaluated in-kernel or a table read as given.
struct AngleAxis {
  /// Set: the angles are position * w computed from this op.
  FreqsOp freqs;
  /// Otherwise: read from this table, [rows..., slots].
  Value table;
  /// Row index rewrites from the axis' row to `freqs`/`table` rows
  /// (tensor.collapse_shape, tensor.extract_slice, tensor.cast), outermost
  /// first.
  SmallVector<Operation *> rowSteps;
  /// The slots [offset, offset + width) of the joined table this axis fills
  /// (a rope.broadcat concatenates its axes).
  int64_t offset = 0, width = 0;
  /// With rope.broadcat: the joined row index that selects this axis' row;
  /// -1 without broadcat (the axis takes the whole row).
  int64_t broadcatDim = -1;
  /// With `sections` (mRoPE): the positions axis, one AngleAxis per axis
  /// (their slots interleave, see AngleSource::slotAxis); -1 otherwise.
  int64_t positionsAxis = -1;
};

/// How every angle of a rope.rotate `angles(...)` table is produced.
class AngleSource {
public:
  /// Analyzes the angle table `angles` ([rows..., K] f32, K = `numSlots`,
  /// rotary_dim/2). Never fails: what it does not recognize is read as
  /// given.
  static AngleSource analyze(Value angles, int64_t numSlots);

  /// True when some angles are computed from positions (nothing is read from
  /// a materialized angle table for them).
  bool isComputed() const;
  int64_t getNumSlots() const { return slotAxis.size(); }
  ArrayRef<AngleAxis> getAxes() const { return axes; }
  /// The ops the analysis looked through (row steps, broadcat, freqs),
  /// users before producers: the order to erase them in once the fused
  /// kernel replaced their last user.
  SmallVector<Operation *> getProducers() const;

  /// The angles of slots [first, first + width) at table row `row` (the
  /// leading indices of the analyzed table), as vector<width x f32>.
  Value emitAngles(OpBuilder &b, Location loc, ValueRange row, int64_t first,
                   int64_t width) const;

  /// For code whose slot offset is not a constant (a GPU thread per chunk of
  /// slots): f32(p) [* position_scale] of every axis of getAxes() at `row`,
  /// null for the axes read from a table. The angle of a computed slot s is
  /// then positions[getSlotAxes()[s]] * getInverseFrequencies()[s].
  SmallVector<Value> emitAxisPositions(OpBuilder &b, Location loc,
                                       ValueRange row) const;
  /// For every slot: the index in getAxes() of the axis producing it.
  ArrayRef<int64_t> getSlotAxes() const { return slotAxis; }
  /// For every slot of a computed axis: w (0 for table slots).
  ArrayRef<float> getInverseFrequencies() const { return invFreq; }

private:
  /// Row rewrites from the analyzed table to the broadcat / single axis.
  SmallVector<Operation *> rowSteps;
  BroadcatOp broadcat;
  SmallVector<AngleAxis> axes;
  /// For every slot: the index of its axis in `axes`.
  SmallVector<int64_t> slotAxis;
  /// For every slot of a computed axis: w (0 for table slots).
  SmallVector<float> invFreq;

  /// The row of `axis` for joined row `row` (steps already applied).
  SmallVector<Value> axisRow(OpBuilder &b, Location loc, const AngleAxis &axis,
                             ValueRange row) const;
  /// f32(p) [* position_scale] of a computed axis at its row.
  Value emitPosition(OpBuilder &b, Location loc, const AngleAxis &axis,
                     ValueRange row) const;
};

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_UTILS_ANGLESOURCE_H
