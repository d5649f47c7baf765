//===- RopeAttrs.cpp - rope attributes and frequency scaling -------------===//
//
// The inverse-frequency formulas follow Hugging Face's ROPE_INIT_FUNCTIONS
// (transformers/modeling_rope_utils.py). They are evaluated in f64 here and
// rounded to f32 once by the op, so every lowering uses identical constants.
//
//===----------------------------------------------------------------------===//

#include "rope/Dialect/Rope/IR/RopeAttrs.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::rope;

#include "rope/Dialect/Rope/IR/RopeAttrInterfaces.cpp.inc"
#include "rope/Dialect/Rope/IR/RopeEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "rope/Dialect/Rope/IR/RopeAttrs.cpp.inc"

void RopeDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "rope/Dialect/Rope/IR/RopeAttrs.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Parameter parsing
//===----------------------------------------------------------------------===//

FailureOr<mlir::rope::detail::HashableF64>
mlir::rope::detail::parseF64Parameter(AsmParser &parser) {
  double value;
  if (parser.parseFloat(value))
    return failure();
  return HashableF64(value);
}

FailureOr<SmallVector<int64_t>>
mlir::rope::detail::parseI64ArrayParameter(AsmParser &parser) {
  SmallVector<int64_t> values;
  if (parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&] {
        return parser.parseInteger(values.emplace_back());
      }))
    return failure();
  return values;
}

void mlir::rope::detail::printI64ArrayParameter(AsmPrinter &printer,
                                                ArrayRef<int64_t> values) {
  printer << '[';
  llvm::interleaveComma(values, printer);
  printer << ']';
}

//===----------------------------------------------------------------------===//
// Frequencies
//===----------------------------------------------------------------------===//

SmallVector<double>
mlir::rope::computeDefaultInverseFrequencies(int64_t rotaryDim, double theta) {
  SmallVector<double> invFreq;
  invFreq.reserve(rotaryDim / 2);
  for (int64_t i = 0; i < rotaryDim / 2; ++i)
    invFreq.push_back(1.0 /
                      std::pow(theta, static_cast<double>(2 * i) / rotaryDim));
  return invFreq;
}

static bool isPositiveFinite(double v) { return std::isfinite(v) && v > 0; }

//===----------------------------------------------------------------------===//
// LinearScalingAttr
//===----------------------------------------------------------------------===//

LogicalResult
LinearScalingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                          detail::HashableF64 factor) {
  if (!isPositiveFinite(factor))
    return emitError() << "linear scaling factor must be positive and finite, "
                          "got "
                       << factor;
  return success();
}

SmallVector<double>
LinearScalingAttr::computeInverseFrequencies(int64_t rotaryDim,
                                             double theta) const {
  SmallVector<double> invFreq =
      computeDefaultInverseFrequencies(rotaryDim, theta);
  for (double &w : invFreq)
    w /= getFactor();
  return invFreq;
}

//===----------------------------------------------------------------------===//
// NTKScalingAttr
//===----------------------------------------------------------------------===//

LogicalResult
NTKScalingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                       detail::HashableF64 alpha) {
  if (!isPositiveFinite(alpha))
    return emitError() << "ntk alpha must be positive and finite, got "
                       << alpha;
  return success();
}

LogicalResult NTKScalingAttr::verifyForRotaryDim(
    int64_t rotaryDim, function_ref<InFlightDiagnostic()> emitError) const {
  if (rotaryDim <= 2)
    return emitError() << "ntk scaling needs a rotary dim above 2 (it raises "
                          "alpha to R/(R-2)), got "
                       << rotaryDim;
  return success();
}

SmallVector<double>
NTKScalingAttr::computeInverseFrequencies(int64_t rotaryDim,
                                          double theta) const {
  double scaledTheta =
      theta * std::pow(getAlpha(), static_cast<double>(rotaryDim) /
                                       static_cast<double>(rotaryDim - 2));
  return computeDefaultInverseFrequencies(rotaryDim, scaledTheta);
}

//===----------------------------------------------------------------------===//
// YarnScalingAttr
//===----------------------------------------------------------------------===//

LogicalResult YarnScalingAttr::verify(
    function_ref<InFlightDiagnostic()> emitError, detail::HashableF64 factor,
    int64_t originalMaxPosition, detail::HashableF64 betaFast,
    detail::HashableF64 betaSlow, detail::HashableF64 mscale,
    detail::HashableF64 mscaleAllDim, bool truncate) {
  if (!isPositiveFinite(factor))
    return emitError() << "yarn factor must be positive and finite, got "
                       << factor;
  if (originalMaxPosition <= 0)
    return emitError() << "yarn original_max_position must be positive, got "
                       << originalMaxPosition;
  if (!isPositiveFinite(betaFast) || !isPositiveFinite(betaSlow))
    return emitError() << "yarn beta_fast and beta_slow must be positive and "
                          "finite, got "
                       << betaFast << " and " << betaSlow;
  if (betaFast <= betaSlow)
    return emitError() << "yarn beta_fast (" << betaFast
                       << ") must exceed beta_slow (" << betaSlow << ")";
  if (!std::isfinite(double(mscale)) || mscale < 0 ||
      !std::isfinite(double(mscaleAllDim)) || mscaleAllDim < 0)
    return emitError() << "yarn mscale and mscale_all_dim must be finite and "
                          "non-negative";
  return success();
}

/// HF's get_mscale: 0.1 * m * ln(factor) + 1 for factor > 1, else 1.
static double yarnMscale(double factor, double m) {
  if (factor <= 1.0)
    return 1.0;
  return 0.1 * m * std::log(factor) + 1.0;
}

double YarnScalingAttr::getAttentionScaling() const {
  if (getMscale() != 0.0 && getMscaleAllDim() != 0.0)
    return yarnMscale(getFactor(), getMscale()) /
           yarnMscale(getFactor(), getMscaleAllDim());
  return yarnMscale(getFactor(), 1.0);
}

SmallVector<double>
YarnScalingAttr::computeInverseFrequencies(int64_t rotaryDim,
                                           double theta) const {
  const double dim = static_cast<double>(rotaryDim);
  const double maxPos = static_cast<double>(getOriginalMaxPosition());
  // The dim at which a frequency completes `rotations` turns over maxPos.
  auto correctionDim = [&](double rotations) {
    return dim * std::log(maxPos / (rotations * 2.0 * M_PI)) /
           (2.0 * std::log(theta));
  };
  double low = correctionDim(getBetaFast());
  double high = correctionDim(getBetaSlow());
  if (getTruncate()) {
    low = std::floor(low);
    high = std::ceil(high);
  }
  low = std::max(low, 0.0);
  high = std::min(high, dim - 1.0);
  if (low == high)
    high += 0.001;

  SmallVector<double> extrapolated =
      computeDefaultInverseFrequencies(rotaryDim, theta);
  SmallVector<double> invFreq;
  invFreq.reserve(extrapolated.size());
  for (auto [i, wExtra] : llvm::enumerate(extrapolated)) {
    double ramp =
        std::clamp((static_cast<double>(i) - low) / (high - low), 0.0, 1.0);
    double extrapolationWeight = 1.0 - ramp;
    double wInter = wExtra / getFactor();
    invFreq.push_back(wInter * (1.0 - extrapolationWeight) +
                      wExtra * extrapolationWeight);
  }
  return invFreq;
}

//===----------------------------------------------------------------------===//
// Llama3ScalingAttr
//===----------------------------------------------------------------------===//

LogicalResult Llama3ScalingAttr::verify(
    function_ref<InFlightDiagnostic()> emitError, detail::HashableF64 factor,
    detail::HashableF64 lowFreqFactor, detail::HashableF64 highFreqFactor,
    int64_t originalMaxPosition) {
  if (!isPositiveFinite(factor))
    return emitError() << "llama3 factor must be positive and finite, got "
                       << factor;
  if (!isPositiveFinite(lowFreqFactor) || !isPositiveFinite(highFreqFactor))
    return emitError() << "llama3 low_freq_factor and high_freq_factor must "
                          "be positive and finite";
  if (lowFreqFactor >= highFreqFactor)
    return emitError() << "llama3 low_freq_factor (" << lowFreqFactor
                       << ") must be below high_freq_factor (" << highFreqFactor
                       << ")";
  if (originalMaxPosition <= 0)
    return emitError() << "llama3 original_max_position must be positive, got "
                       << originalMaxPosition;
  return success();
}

SmallVector<double>
Llama3ScalingAttr::computeInverseFrequencies(int64_t rotaryDim,
                                             double theta) const {
  const double oldContext = static_cast<double>(getOriginalMaxPosition());
  const double lowFreqWavelen = oldContext / getLowFreqFactor();
  const double highFreqWavelen = oldContext / getHighFreqFactor();
  SmallVector<double> invFreq =
      computeDefaultInverseFrequencies(rotaryDim, theta);
  for (double &w : invFreq) {
    double wavelen = 2.0 * M_PI / w;
    if (wavelen > lowFreqWavelen) {
      w /= getFactor();
    } else if (wavelen >= highFreqWavelen) {
      double smooth = (oldContext / wavelen - getLowFreqFactor()) /
                      (getHighFreqFactor() - getLowFreqFactor());
      w = (1.0 - smooth) * w / getFactor() + smooth * w;
    }
  }
  return invFreq;
}

//===----------------------------------------------------------------------===//
// XPosAttr
//===----------------------------------------------------------------------===//

LogicalResult XPosAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               detail::HashableF64 scaleBase,
                               detail::HashableF64 gamma,
                               ArrayRef<int64_t> signs) {
  if (!isPositiveFinite(scaleBase))
    return emitError() << "xpos scale_base must be positive and finite, got "
                       << scaleBase;
  if (!std::isfinite(double(gamma)) || gamma < 0)
    return emitError() << "xpos gamma must be finite and non-negative, got "
                       << gamma;
  if (signs.empty())
    return emitError() << "xpos needs one sign per rotated input";
  for (int64_t sign : signs)
    if (sign != 1 && sign != -1)
      return emitError() << "xpos signs must be +1 (queries) or -1 (keys), got "
                         << sign;
  return success();
}
