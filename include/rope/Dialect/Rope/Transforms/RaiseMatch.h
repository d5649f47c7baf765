//===- RaiseMatch.h - what --rope-raise proved about a value ----*- C++ -*-===//
//
// The raise works in two steps that share these structures: matching proves
// (with the element evaluator) that a tensor value V is a rotation and
// describes its input and table in terms of tensors that exist in the IR;
// building then creates the rope ops from that description.
//
// Frame: V is [lead..., channels...]; the trailing channel dims (usually one,
// two when heads are written [.., 2, 64]) are enumerated concretely, the
// leading dims stay symbolic (affine dims d0...).
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_DIALECT_ROPE_TRANSFORMS_RAISEMATCH_H
#define ROPE_DIALECT_ROPE_TRANSFORMS_RAISEMATCH_H

#include "rope/Dialect/Rope/Analysis/ElementExpr.h"
#include "rope/Dialect/Rope/IR/RopeOps.h"

#include "mlir/IR/PatternMatch.h"

#include <memory>
#include <string>

namespace mlir::rope {

/// `tensor` read at `rows` (affine in the frame's leading dims and the
/// evaluator's symbols) and columns start + stride * k, k in [0, count).
struct TableRead {
  Value tensor;
  SmallVector<AffineExpr> rows;
  int64_t start = 0;
  int64_t stride = 1;
  int64_t count = 0;
};

/// Where the position of an angle `position * w` comes from.
struct PositionSource {
  enum class Kind {
    /// An affine function of the leading dims (arange, linalg.index).
    Iota,
    /// A tensor of integer or float positions read at `read.rows`.
    Tensor,
    /// Any other integer or float expression of the frame (emitted as is).
    Expr,
  };
  Kind kind;
  AffineExpr iota;
  TableRead read;
  const Expr *expr = nullptr;
  /// The multiplier of the position before the frequency (interpolation).
  float scale = 1.0f;

  bool operator==(const PositionSource &other) const;
};

/// The frequency slots that take their position from `position`: one run
/// [firstSlot, firstSlot + numSlots) for broadcat axes.
struct FrequencyAxis {
  PositionSource position;
  int64_t firstSlot = 0;
  int64_t numSlots = 0;
};

/// How the table of a rotation is provided.
struct TableSpec {
  enum class Kind {
    /// rope.freqs from positions (one axis, mRoPE sections, or broadcat).
    Freqs,
    /// A given angle table, one angle per pair.
    Angles,
    /// Given cos/sin tables (per element or per pair).
    CosSin,
    /// A given angle table per element: cos/sin are computed from it.
    AnglesPerElement,
    /// cos/sin are the real and imaginary parts of a given complex table
    /// (Meta's freqs_cis): `angles` reads it.
    ComplexTable,
  };
  Kind kind;
  // Freqs.
  SmallVector<FrequencyAxis> axes;
  /// The rotary_dim/2 inverse frequencies, bit for bit as the IR has them.
  SmallVector<float> invFreq;
  /// Freqs with several axes: build per-axis tables joined by rope.broadcat
  /// (true) or one rope.freqs with sections (false).
  bool broadcat = false;
  /// Broadcat: the leading dims the grid axes index (one dim, flattened to
  /// tokens, or one dim per axis), and the axis lengths.
  SmallVector<unsigned> gridDims;
  SmallVector<int64_t> gridLengths;
  /// Per axis: the token index of grid coordinate c along that axis is
  /// c * gridInner (1 when each axis has its own leading dim).
  SmallVector<int64_t> gridInner;
  /// Sections: slot counts per axis, chunked or interleaved.
  SmallVector<int64_t> sections;
  bool interleavedSections = false;
  // Angles / CosSin / AnglesPerElement / ComplexTable.
  TableRead angles;
  TableRead cos, sin;
};

/// How x is read: x[lead..., c] = tensor[leadIndices..., delinearize(c)].
struct InputView {
  Value tensor;
  /// One per leading dim of `tensor`: a frame dim, or the constant 0 at a
  /// dim of size 1.
  SmallVector<AffineExpr> leadIndices;
  /// The trailing dims of `tensor` that hold the channels.
  unsigned numChannelDims = 1;
};

/// Everything --rope-raise proved about one value.
struct RotationMatch {
  Value value;
  SmallVector<int64_t> leadShape;
  SmallVector<int64_t> channelShape;
  int64_t channels = 0;
  InputView input;
  /// 0: x is already in the frame's layout; 1: views present it; 2: it
  /// needs a transpose.
  unsigned inputCost = 0;
  Layout layout = Layout::half;
  int64_t rotaryDim = 0;
  double scale = 1.0;
  TableSpec table;
  /// For statistics.
  bool complexForm = false;
  bool singleGeneric = false;
  /// The evaluator the match was made with (symbols in rows refer to it).
  std::unique_ptr<ElementEvaluator> evaluator;
};

/// The outcome of trying one value.
struct MatchFailure {
  /// False for values that do not even look like a rotation (no remark).
  bool candidate = false;
  /// How far the proof got: 0 no input found, 1 channels checked against
  /// an input, 2 channels paired up (the table failed), 3 proven (the ops
  /// could not be built). A site seen through several values is reported at
  /// the one that got furthest.
  unsigned stage = 0;
  std::string reason;
};

/// Tries to prove that `value` is a RoPE rotation.
FailureOr<RotationMatch> matchRotation(Value value, MatchFailure &failure);

/// Classifies the table of a rotation whose per-channel cos/sin factors are
/// `cosFactors[j]`, `sinFactors[j]`, j in [0, rotaryDim).
LogicalResult matchTable(ElementEvaluator &evaluator, RotationMatch &match,
                         ArrayRef<const Expr *> cosFactors,
                         ArrayRef<const Expr *> sinFactors,
                         std::string &reason);

/// Finds a tensor that holds nodes[k] at columns start + stride * k of one
/// row (`exact`: holds the value itself, not a rounding of it).
FailureOr<TableRead> findTableRead(ElementEvaluator &evaluator,
                                   ArrayRef<const Expr *> nodes, bool exact);

/// The rope.rotate built for a match and the value that replaces the
/// match's value (the rotate's result, converted and reshaped as needed).
struct BuiltRotation {
  Value replacement;
  RotateOp rotate;
};

/// Builds the rope ops for `match` before `match.value`'s definition.
FailureOr<BuiltRotation> buildRotation(RewriterBase &rewriter,
                                       RotationMatch &match,
                                       std::string &reason);

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_TRANSFORMS_RAISEMATCH_H
