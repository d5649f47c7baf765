//===- RopeOps.cpp - rope operations: verifiers, folders ------------------===//

#include "rope/Dialect/Rope/IR/RopeOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CheckedArithmetic.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::rope;

/// Prints a shape as [2, ?, 4] for diagnostics.
static std::string shapeString(ArrayRef<int64_t> shape) {
  std::string s = "[";
  llvm::raw_string_ostream os(s);
  llvm::interleaveComma(shape, os, [&](int64_t d) {
    if (ShapedType::isDynamic(d))
      os << '?';
    else
      os << d;
  });
  os << ']';
  return s;
}

static std::string mapString(AffineMap map) {
  std::string s;
  llvm::raw_string_ostream os(s);
  map.print(os);
  return s;
}

/// rope.freqs materializes its dim/2 inverse frequencies (as constants in
/// every lowering); far beyond any model's head dim, and small enough that
/// they always fit in memory.
static constexpr int64_t kMaxFreqsDim = int64_t(1) << 20;

/// Two dims agree unless both are static and differ.
static bool dimsCompatible(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

//===----------------------------------------------------------------------===//
// FreqsOp
//===----------------------------------------------------------------------===//

/// Diagnostics from type inference read like the verifier's ("'rope.freqs'
/// op ..."); without a location (a builder asking) nothing is emitted.
static auto inferenceErrorEmitter(std::optional<Location> location,
                                  StringRef opName) {
  return [location, opName]() -> InFlightDiagnostic {
    if (!location)
      return InFlightDiagnostic();
    InFlightDiagnostic diag = mlir::emitError(*location);
    diag << "'" << opName << "' op ";
    return diag;
  };
}

/// The result shape of rope.freqs. Shared by type inference (which runs while
/// the custom form is parsed) and the verifier (which runs before the
/// inferred type is compared, so it must not rely on inference having passed).
static FailureOr<SmallVector<int64_t>>
inferFreqsShape(function_ref<InFlightDiagnostic()> emitError, Value positions,
                std::optional<int64_t> length, int64_t dim, bool hasSections) {
  if (dim <= 0)
    return emitError() << "dim must be positive, got " << dim;
  if (positions && length)
    return emitError()
           << "takes either a positions operand or a length, not both";
  SmallVector<int64_t> shape;
  if (length) {
    if (*length <= 0)
      return emitError() << "length must be positive, got " << *length;
    if (hasSections)
      return emitError()
             << "sections need multi-axis positions [..., A], not a length";
    shape.push_back(*length);
  } else if (positions) {
    auto type = dyn_cast<RankedTensorType>(positions.getType());
    if (!type)
      return emitError() << "positions must be a ranked tensor, got "
                         << positions.getType();
    llvm::append_range(shape, type.getShape());
    if (hasSections) {
      if (shape.empty())
        return emitError() << "sections need positions [..., A] with a "
                              "trailing axis dim, got "
                           << type;
      shape.pop_back();
    }
  } else {
    return emitError() << "needs either a positions operand or a length";
  }
  shape.push_back(dim / 2);
  return shape;
}

LogicalResult FreqsOp::inferReturnTypes(
    MLIRContext *context, std::optional<Location> location, ValueRange operands,
    DictionaryAttr attributes, OpaqueProperties properties, RegionRange regions,
    SmallVectorImpl<Type> &inferredReturnTypes) {
  auto emitError = inferenceErrorEmitter(location, getOperationName());
  // While parsing, attr-dict entries are still in `attributes` and only the
  // format's own attributes are properties: read both.
  FreqsOp::Properties merged;
  if (properties)
    merged = *properties.as<FreqsOp::Properties *>();
  if (attributes &&
      failed(FreqsOp::setPropertiesFromAttr(merged, attributes, emitError)))
    return failure();
  FreqsOp::Adaptor adaptor(operands, attributes, &merged, regions);
  if (!adaptor.getDimAttr())
    return emitError() << "requires attribute 'dim'";
  FailureOr<SmallVector<int64_t>> shape =
      inferFreqsShape(emitError, adaptor.getPositions(), adaptor.getLength(),
                      adaptor.getDim(), adaptor.getSections().has_value());
  if (failed(shape))
    return failure();
  inferredReturnTypes.push_back(
      RankedTensorType::get(*shape, Float32Type::get(context)));
  return success();
}

LogicalResult FreqsOp::verify() {
  int64_t dim = getDim();
  if (failed(inferFreqsShape([&] { return emitOpError(); }, getPositions(),
                             getLength(), dim, getSections().has_value())))
    return failure();
  if (dim % 2 != 0)
    return emitOpError("dim must be even (channels rotate in pairs), got ")
           << dim;
  if (dim > kMaxFreqsDim)
    return emitOpError("dim must be at most ")
           << kMaxFreqsDim
           << " (its dim/2 inverse frequencies are materialized), got " << dim;
  double theta = getTheta().convertToDouble();
  if (!std::isfinite(theta) || theta <= 1.0)
    return emitOpError("theta must be finite and greater than 1, got ")
           << theta;
  if (!std::isfinite(getPositionScale().convertToDouble()) ||
      getPositionScale().isZero())
    return emitOpError("position_scale must be finite and non-zero, got ")
           << getPositionScale().convertToDouble();

  if (std::optional<ArrayRef<float>> invFreq = getInvFreq()) {
    if (getScaling())
      return emitOpError("takes either explicit inv_freq or a scaling, not "
                         "both (inv_freq already holds the scaled values)");
    if (static_cast<int64_t>(invFreq->size()) != dim / 2)
      return emitOpError("inv_freq must hold dim/2 = ")
             << dim / 2 << " values, got " << invFreq->size();
    for (float w : *invFreq)
      if (!std::isfinite(w))
        return emitOpError("inv_freq values must be finite");
  }
  if (ScalingAttrInterface scaling = getScalingAttr())
    if (failed(scaling.verifyForRotaryDim(dim, [&] { return emitOpError(); })))
      return failure();

  std::optional<ArrayRef<int64_t>> sections = getSections();
  if (getInterleavedSections() && !sections)
    return emitOpError("interleaved_sections needs sections");
  if (sections) {
    auto posType = cast<RankedTensorType>(getPositions().getType());
    int64_t axes = posType.getShape().back();
    if (ShapedType::isDynamic(axes))
      return emitOpError("sections need a static number of position axes");
    if (static_cast<int64_t>(sections->size()) != axes)
      return emitOpError("has ")
             << sections->size() << " sections for positions with " << axes
             << " axes " << shapeString(posType.getShape());
    std::optional<int64_t> sum = 0;
    for (int64_t s : *sections) {
      if (s <= 0)
        return emitOpError("sections must be positive, got ") << s;
      if (sum)
        sum = llvm::checkedAdd(*sum, s);
    }
    if (sum != dim / 2) {
      InFlightDiagnostic diag = emitOpError("sections must add up to dim/2 = ")
                                << dim / 2 << " frequency slots, got ";
      if (sum)
        diag << *sum;
      else
        diag << "more than " << std::numeric_limits<int64_t>::max();
      return diag;
    }
    if (getInterleavedSections())
      for (auto [axis, s] : llvm::enumerate(*sections))
        if (axis > 0 && static_cast<int64_t>(axis) + (s - 1) * axes >= dim / 2)
          return emitOpError("interleaved section ")
                 << axis << " of " << s << " slots does not fit in " << dim / 2
                 << " slots";
  }
  return success();
}

SmallVector<float> FreqsOp::getInverseFrequencies() {
  if (std::optional<ArrayRef<float>> invFreq = getInvFreq())
    return llvm::to_vector(*invFreq);
  SmallVector<double> wide = getScalingAttr()
                                 ? getScalingAttr().computeInverseFrequencies(
                                       getDim(), getTheta().convertToDouble())
                                 : computeDefaultInverseFrequencies(
                                       getDim(), getTheta().convertToDouble());
  return llvm::map_to_vector(wide,
                             [](double w) { return static_cast<float>(w); });
}

double FreqsOp::getAttentionScaling() {
  return getScalingAttr() ? getScalingAttr().getAttentionScaling() : 1.0;
}

SmallVector<int64_t> FreqsOp::getSlotAxes() {
  int64_t slots = getDim() / 2;
  SmallVector<int64_t> axes(slots, 0);
  std::optional<ArrayRef<int64_t>> sections = getSections();
  if (!sections)
    return axes;
  int64_t numAxes = sections->size();
  if (getInterleavedSections()) {
    for (int64_t i = 0; i < slots; ++i) {
      int64_t a = i % numAxes;
      if (a > 0 && i < numAxes * (*sections)[a])
        axes[i] = a;
    }
    return axes;
  }
  int64_t slot = 0;
  for (auto [axis, count] : llvm::enumerate(*sections))
    for (int64_t k = 0; k < count && slot < slots; ++k)
      axes[slot++] = axis;
  return axes;
}

namespace {
/// Constant positions 0, 1, ..., L-1 are the `length L` form; the rewrite
/// lets lowerings generate positions instead of reading a constant.
struct FoldIotaPositions : OpRewritePattern<FreqsOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(FreqsOp op,
                                PatternRewriter &rewriter) const override {
    Value positions = op.getPositions();
    if (!positions || op.getSections())
      return rewriter.notifyMatchFailure(op, "no single-axis positions");
    DenseElementsAttr values;
    if (!matchPattern(positions, m_Constant(&values)))
      return rewriter.notifyMatchFailure(op, "positions are not constant");
    auto type = cast<RankedTensorType>(values.getType());
    if (type.getRank() != 1 || type.getNumElements() == 0)
      return rewriter.notifyMatchFailure(op, "positions are not 1-D");
    bool isIota = true;
    if (isa<FloatType>(type.getElementType())) {
      int64_t i = 0;
      for (APFloat v : values.getValues<APFloat>())
        isIota &= v.convertToDouble() == static_cast<double>(i++);
    } else {
      int64_t i = 0;
      for (APInt v : values.getValues<APInt>())
        isIota &= v.getSExtValue() == i++;
    }
    if (!isIota)
      return rewriter.notifyMatchFailure(op, "positions are not 0..L-1");
    auto newOp = FreqsOp::create(
        rewriter, op.getLoc(), op.getType(), /*positions=*/Value(),
        rewriter.getI64IntegerAttr(type.getNumElements()), op.getDimAttr(),
        op.getThetaAttr(), op.getScalingAttr(), op.getPositionScaleAttr(),
        op.getInvFreqAttr(), op.getSectionsAttr(),
        op.getInterleavedSectionsAttr());
    rewriter.replaceOp(op, newOp.getResult());
    return success();
  }
};
} // namespace

void FreqsOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                          MLIRContext *context) {
  patterns.add<FoldIotaPositions>(context);
}

//===----------------------------------------------------------------------===//
// BroadcatOp
//===----------------------------------------------------------------------===//

LogicalResult BroadcatOp::inferReturnTypes(
    MLIRContext *context, std::optional<Location> location, ValueRange operands,
    DictionaryAttr attributes, OpaqueProperties properties, RegionRange regions,
    SmallVectorImpl<Type> &inferredReturnTypes) {
  auto emitError = inferenceErrorEmitter(location, getOperationName());
  if (operands.empty())
    return emitError() << "needs at least one per-axis table";
  SmallVector<int64_t> shape;
  int64_t width = 0;
  for (auto [i, table] : llvm::enumerate(operands)) {
    auto type = dyn_cast<RankedTensorType>(table.getType());
    if (!type || type.getRank() != 2)
      return emitError() << "table #" << i
                         << " must be a rank-2 [L, K] tensor, got "
                         << table.getType();
    shape.push_back(type.getDimSize(0));
    int64_t k = type.getDimSize(1);
    if (ShapedType::isDynamic(width) || ShapedType::isDynamic(k)) {
      width = ShapedType::kDynamic;
      continue;
    }
    std::optional<int64_t> sum = llvm::checkedAdd(width, k);
    if (!sum)
      return emitError() << "the tables' frequency columns add up to more "
                            "than "
                         << std::numeric_limits<int64_t>::max();
    width = *sum;
  }
  shape.push_back(width);
  inferredReturnTypes.push_back(
      RankedTensorType::get(shape, Float32Type::get(context)));
  return success();
}

LogicalResult BroadcatOp::verify() {
  if (getTables().empty())
    return emitOpError("needs at least one per-axis table");
  for (auto [i, table] : llvm::enumerate(getTables())) {
    auto type = cast<RankedTensorType>(table.getType());
    if (type.getDimSize(1) == 0)
      return emitOpError("table #") << i << " has no frequency columns";
  }
  return success();
}

OpFoldResult BroadcatOp::fold(FoldAdaptor) {
  // Broadcasting one table over no other axis is the table itself.
  if (getTables().size() == 1 && getTables()[0].getType() == getType())
    return getTables()[0];
  return {};
}

//===----------------------------------------------------------------------===//
// RotateOp
//===----------------------------------------------------------------------===//

LogicalResult RotateOp::inferReturnTypes(
    MLIRContext *context, std::optional<Location> location, ValueRange operands,
    DictionaryAttr attributes, OpaqueProperties properties, RegionRange regions,
    SmallVectorImpl<Type> &inferredReturnTypes) {
  RotateOp::Adaptor adaptor(operands, attributes, properties, regions);
  for (Value input : adaptor.getInputs())
    inferredReturnTypes.push_back(input.getType());
  return success();
}

bool RotateOp::hasPerElementTable() {
  if (!getCos())
    return false;
  int64_t last = cast<RankedTensorType>(getCos().getType()).getShape().back();
  return last == getRotaryDim() && getRotaryDim() != 0;
}

SmallVector<int64_t> RotateOp::getTableRowShape() {
  if (Value positions = getPositions()) {
    ArrayRef<int64_t> shape =
        cast<RankedTensorType>(positions.getType()).getShape();
    return llvm::to_vector(getCoords() ? shape.drop_back() : shape);
  }
  return llvm::to_vector(
      cast<RankedTensorType>(getTable().getType()).getShape().drop_back());
}

LogicalResult RotateOp::verify() {
  if (getInputs().empty())
    return emitOpError("needs at least one input to rotate");
  int64_t rotaryDim = getRotaryDim();
  if (rotaryDim < 0 || rotaryDim % 2 != 0)
    return emitOpError("rotary_dim must be even and non-negative, got ")
           << rotaryDim;
  if (!std::isfinite(getScale().convertToDouble()))
    return emitOpError("scale must be finite");

  // Inputs: [lead..., D] with R <= D.
  for (auto [n, input] : llvm::enumerate(getInputs())) {
    auto type = cast<RankedTensorType>(input.getType());
    if (type.getRank() < 1)
      return emitOpError("input #") << n << " must have a channel dim";
    int64_t channels = type.getShape().back();
    if (!ShapedType::isDynamic(channels) && rotaryDim > channels)
      return emitOpError("rotary_dim ")
             << rotaryDim << " exceeds the " << channels
             << " channels of input #" << n;
  }

  // The table: angles, or a cos/sin pair.
  bool hasAngles = static_cast<bool>(getAngles());
  if (static_cast<bool>(getCos()) != static_cast<bool>(getSin()))
    return emitOpError("cos and sin tables come together");
  if (hasAngles == static_cast<bool>(getCos()))
    return emitOpError("needs exactly one table: angles(...) or cos_sin(...)");
  auto tableType = cast<RankedTensorType>(getTable().getType());
  if (tableType.getRank() < 1)
    return emitOpError("table must have a frequency dim");
  int64_t tableWidth = tableType.getShape().back();
  if (hasAngles) {
    if (!dimsCompatible(tableWidth, rotaryDim / 2))
      return emitOpError("angle table must have rotary_dim/2 = ")
             << rotaryDim / 2 << " columns, got "
             << shapeString(tableType.getShape());
  } else {
    if (getCos().getType() != getSin().getType())
      return emitOpError("cos and sin tables must have the same type, got ")
             << getCos().getType() << " and " << getSin().getType();
    if (ShapedType::isDynamic(tableWidth))
      return emitOpError("cos/sin tables need a static last dim (rotary_dim "
                         "per element or rotary_dim/2 per pair)");
    if (tableWidth != rotaryDim && tableWidth != rotaryDim / 2)
      return emitOpError("cos/sin tables must have rotary_dim = ")
             << rotaryDim
             << " (per element) or rotary_dim/2 = " << rotaryDim / 2
             << " (per pair) columns, got "
             << shapeString(tableType.getShape());
  }

  // Gathered tables.
  if (Value positions = getPositions()) {
    auto posType = cast<RankedTensorType>(positions.getType());
    if (getCoords()) {
      if (posType.getRank() < 1 ||
          ShapedType::isDynamic(posType.getShape().back()) ||
          posType.getShape().back() < 1)
        return emitOpError("coords positions must be [..., A] with a static "
                           "number of axes A >= 1, got ")
               << shapeString(posType.getShape());
      int64_t axes = posType.getShape().back();
      if (tableType.getRank() != axes + 1)
        return emitOpError("coords with ")
               << axes << " axes index a rank-" << axes + 1 << " table, got "
               << shapeString(tableType.getShape());
    } else if (tableType.getRank() != 2) {
      return emitOpError("a table gathered by positions must be [P, K], got ")
             << shapeString(tableType.getShape());
    }
  } else if (getCoords()) {
    return emitOpError("coords needs a gather(...) positions operand");
  }

  // Table maps: one per input, leading dims -> table rows.
  SmallVector<int64_t> rowShape = getTableRowShape();
  if (getTableMaps().size() != getInputs().size())
    return emitOpError("needs one table map per input: ")
           << getInputs().size() << " inputs, " << getTableMaps().size()
           << " maps";
  for (auto [n, input] : llvm::enumerate(getInputs())) {
    auto type = cast<RankedTensorType>(input.getType());
    ArrayRef<int64_t> lead = type.getShape().drop_back();
    AffineMap map = getTableMap(n);
    if (map.getNumSymbols() != 0 ||
        map.getNumDims() != static_cast<unsigned>(lead.size()))
      return emitOpError("table map #")
             << n << " must take the " << lead.size()
             << " leading dims of input #" << n << " and no symbols, got "
             << mapString(map);
    if (map.getNumResults() != rowShape.size())
      return emitOpError("table map #")
             << n << " must produce " << rowShape.size()
             << " table row indices " << shapeString(rowShape) << ", got "
             << mapString(map);
    llvm::SmallBitVector used(lead.size());
    for (auto [r, expr] : llvm::enumerate(map.getResults())) {
      if (auto d = dyn_cast<AffineDimExpr>(expr)) {
        unsigned pos = d.getPosition();
        if (used.test(pos))
          return emitOpError("table map #")
                 << n << " uses input dim d" << pos << " twice";
        used.set(pos);
        if (!dimsCompatible(lead[pos], rowShape[r]))
          return emitOpError("table map #")
                 << n << " maps input dim d" << pos << " of size " << lead[pos]
                 << " to table dim " << r << " of size " << rowShape[r];
        continue;
      }
      auto c = dyn_cast<AffineConstantExpr>(expr);
      if (!c || c.getValue() != 0)
        return emitOpError("table map #")
               << n << " results must be input dims or 0, got "
               << mapString(AffineMap::get(map.getNumDims(), 0, expr));
      if (rowShape[r] != 1)
        return emitOpError("table map #")
               << n << " broadcasts table dim " << r
               << " with 0, which needs that dim to have size 1, got "
               << shapeString(rowShape);
    }
  }

  // xPos.
  if (static_cast<bool>(getXposAttr()) != static_cast<bool>(getXposPositions()))
    return emitOpError("xpos needs both the #rope.xpos attribute and an "
                       "xpos(...) positions operand");
  if (XPosAttr xpos = getXposAttr()) {
    if (xpos.getSigns().size() != getInputs().size())
      return emitOpError("xpos has ") << xpos.getSigns().size() << " signs for "
                                      << getInputs().size() << " inputs";
    auto xposType = cast<RankedTensorType>(getXposPositions().getType());
    ArrayRef<int64_t> xposShape = xposType.getShape();
    if (xposShape.size() != rowShape.size() ||
        !llvm::all_of(llvm::zip(xposShape, rowShape), [](auto pair) {
          return dimsCompatible(std::get<0>(pair), std::get<1>(pair));
        }))
      return emitOpError("xpos positions must have the table row shape ")
             << shapeString(rowShape) << ", got " << shapeString(xposShape);
  }
  return success();
}

LogicalResult RotateOp::fold(FoldAdaptor,
                             SmallVectorImpl<OpFoldResult> &results) {
  // Nothing rotates: every channel passes through.
  if (getRotaryDim() != 0)
    return failure();
  for (Value input : getInputs())
    results.push_back(input);
  return success();
}

#define GET_OP_CLASSES
#include "rope/Dialect/Rope/IR/RopeOps.cpp.inc"
