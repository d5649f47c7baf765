//===- RotationMatcher.cpp - prove that a value is a rotation -------------===//
//
// For a candidate V [lead..., channels], find the tensor x it rotates and
// check, channel by channel, that V[.., j] expands to
//
//   k * (x[j] * c_j - x[partner(j)] * s_j)   for the first element of a pair,
//   k * (x[j] * c_j + x[partner(j)] * s_j)   for the second,
//   x[j]                                      for pass-through channels,
//
// with one factor c_j and one factor s_j per channel and one constant k for
// all rotated channels. What c and s are is the table matcher's business.
//
//===----------------------------------------------------------------------===//

#include "rope/Dialect/Rope/Transforms/RaiseMatch.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FormatVariadic.h"

#include <deque>

using namespace mlir;
using namespace mlir::rope;

namespace {

/// The frame of a candidate: its leading dims as affine dims, its channel
/// group enumerated concretely.
struct Frame {
  Value value;
  SmallVector<int64_t> leadShape;
  SmallVector<int64_t> channelShape;
  int64_t channels;
  SmallVector<AffineExpr> leadDims;

  /// V's indices for channel j.
  SmallVector<AffineExpr> indices(int64_t j, MLIRContext *ctx) const {
    SmallVector<AffineExpr> idx(leadDims);
    SmallVector<int64_t> parts(channelShape.size());
    for (int64_t d = channelShape.size() - 1; d >= 0; --d) {
      parts[d] = j % channelShape[d];
      j /= channelShape[d];
    }
    for (int64_t p : parts)
      idx.push_back(getAffineConstantExpr(p, ctx));
    return idx;
  }
};

/// A tensor element read whose indices make it a possible x: see InputView.
std::optional<InputView> asInputView(const Provenance &p, const Frame &frame) {
  auto type = dyn_cast<RankedTensorType>(p.tensor.getType());
  if (!type || !isa<FloatType>(type.getElementType()) || !p.exact)
    return std::nullopt;
  ArrayRef<int64_t> shape = type.getShape();
  // The trailing dims that hold exactly the frame's channels.
  int64_t product = 1;
  unsigned numChannelDims = 0;
  while (numChannelDims < shape.size() && product < frame.channels) {
    int64_t size = shape[shape.size() - 1 - numChannelDims];
    if (ShapedType::isDynamic(size))
      return std::nullopt;
    product *= size;
    ++numChannelDims;
  }
  if (product != frame.channels || numChannelDims == 0)
    return std::nullopt;
  unsigned numLead = shape.size() - numChannelDims;
  // At channel 0 every channel index is 0.
  for (unsigned d = numLead; d < shape.size(); ++d) {
    auto c = dyn_cast<AffineConstantExpr>(p.indices[d]);
    if (!c || c.getValue() != 0)
      return std::nullopt;
  }
  InputView view;
  view.tensor = p.tensor;
  view.numChannelDims = numChannelDims;
  llvm::SmallBitVector used(frame.leadDims.size());
  for (unsigned d = 0; d < numLead; ++d) {
    AffineExpr e = p.indices[d];
    if (auto dim = dyn_cast<AffineDimExpr>(e)) {
      if (used.test(dim.getPosition()))
        return std::nullopt;
      used.set(dim.getPosition());
    } else if (auto c = dyn_cast<AffineConstantExpr>(e)) {
      if (c.getValue() != 0 || shape[d] != 1)
        return std::nullopt;
    } else {
      return std::nullopt;
    }
    view.leadIndices.push_back(e);
  }
  // x must vary with every leading dim of V that has more than one element.
  for (auto [d, size] : llvm::enumerate(frame.leadShape))
    if (!used.test(d) && size != 1)
      return std::nullopt;
  return view;
}

/// How much it takes to present x in the frame: 0 as it is, 1 with views
/// (unit dims dropped or added, channel dims collapsed), 2 with a transpose.
unsigned presentationCost(const InputView &view, const Frame &frame) {
  bool identity = view.leadIndices.size() == frame.leadDims.size() &&
                  view.numChannelDims == frame.channelShape.size();
  for (unsigned d = 0; d < view.leadIndices.size() && identity; ++d)
    identity = view.leadIndices[d] == frame.leadDims[d];
  if (identity)
    return 0;
  int64_t last = -1;
  for (AffineExpr e : view.leadIndices) {
    auto d = dyn_cast<AffineDimExpr>(e);
    if (!d)
      continue;
    if (static_cast<int64_t>(d.getPosition()) < last)
      return 2;
    last = d.getPosition();
  }
  return 1;
}

/// T's indices for channel j of the frame.
SmallVector<AffineExpr> inputIndices(const InputView &view, int64_t j,
                                     MLIRContext *ctx) {
  SmallVector<AffineExpr> idx(view.leadIndices);
  ArrayRef<int64_t> shape =
      cast<RankedTensorType>(view.tensor.getType()).getShape();
  SmallVector<int64_t> parts(view.numChannelDims);
  for (int64_t d = view.numChannelDims - 1; d >= 0; --d) {
    int64_t size = shape[shape.size() - view.numChannelDims + d];
    parts[d] = j % size;
    j /= size;
  }
  for (int64_t p : parts)
    idx.push_back(getAffineConstantExpr(p, ctx));
  return idx;
}

/// Whether expression DAG `root` contains a complex number.
bool usesComplex(const Expr *root) {
  SmallVector<const Expr *> stack = {root};
  llvm::DenseSet<const Expr *> seen;
  while (!stack.empty()) {
    const Expr *e = stack.pop_back_val();
    if (!seen.insert(e).second)
      continue;
    if (e->kind == ExprKind::Complex || isa<ComplexType>(e->type))
      return true;
    stack.append(e->operands.begin(), e->operands.end());
  }
  return false;
}

/// The terms of V[.., j] with x's channels as atoms.
struct ChannelTerms {
  /// The term holding x[own], the term holding x[partner] (or null).
  const Monomial *own = nullptr, *partner = nullptr;
  int64_t partnerChannel = -1;
};

class RotationMatcher {
public:
  RotationMatcher(Frame frame, MatchFailure &failure)
      : frame(std::move(frame)), outcome(failure),
        ctx(this->frame.value.getContext()) {}

  FailureOr<RotationMatch> run();

private:
  LogicalResult reject(const Twine &reason) {
    outcome.reason = reason.str();
    if (channelTerms)
      outcome.reason += "; the channel is " + describe(*channelTerms);
    return failure();
  }
  /// The terms of a channel for a message: x's channels as x[k].
  std::string describe(ArrayRef<Monomial> terms) const;
  LogicalResult findInput();
  /// The input's SSA name, for messages.
  std::string inputName() const;
  /// Splits the terms of channel j; fails with a reason.
  LogicalResult splitChannel(int64_t j, ArrayRef<Monomial> terms,
                             ChannelTerms &out);
  FailureOr<SmallVector<Monomial>> termsOf(int64_t j);

  Frame frame;
  MatchFailure &outcome;
  MLIRContext *ctx;
  std::unique_ptr<ElementEvaluator> ev;
  InputView input;
  /// atoms[k] = x[.., k]; atomChannel maps them back.
  SmallVector<const Expr *> atoms;
  llvm::DenseSet<const Expr *> atomSet;
  DenseMap<const Expr *, int64_t> atomChannel;
  int64_t partnerOfZero = -1;
  /// The terms of the channel being checked, described in rejections.
  const SmallVector<Monomial> *channelTerms = nullptr;
};

std::string RotationMatcher::describe(ArrayRef<Monomial> terms) const {
  std::string text;
  llvm::raw_string_ostream os(text);
  if (terms.empty())
    os << "0";
  for (auto [n, m] : llvm::enumerate(terms)) {
    if (n)
      os << " + ";
    if (m.coefficient != 1.0 || m.factors.empty())
      os << m.coefficient << (m.factors.empty() ? "" : " * ");
    llvm::interleave(
        m.factors, os,
        [&](const Expr *f) {
          auto it = atomChannel.find(f);
          if (it != atomChannel.end())
            os << "x[" << it->second << "]";
          else
            printExpr(os, f, /*depth=*/3);
        },
        " * ");
  }
  if (text.size() > 400)
    text = text.substr(0, 400) + "...";
  return text;
}

FailureOr<SmallVector<Monomial>> RotationMatcher::termsOf(int64_t j) {
  const Expr *raw = ev->eval(frame.value, frame.indices(j, ctx));
  if (ev->exhausted()) {
    (void)reject("the expression is too large to analyze");
    return failure();
  }
  FailureOr<SmallVector<Monomial>> terms = expandToMonomials(*ev, raw, atomSet);
  if (failed(terms))
    (void)reject(llvm::formatv("channel {0} expands to too many terms", j));
  return terms;
}

LogicalResult RotationMatcher::splitChannel(int64_t j, ArrayRef<Monomial> terms,
                                            ChannelTerms &out) {
  for (const Monomial &m : terms) {
    int64_t atomCount = 0, channel = -1;
    for (const Expr *f : m.factors)
      if (atomSet.contains(f)) {
        ++atomCount;
        channel = atomChannel.lookup(f);
      }
    if (atomCount == 0)
      return reject(llvm::formatv(
          "channel {0}: a term does not read the input {1}", j, inputName()));
    if (atomCount > 1)
      return reject(llvm::formatv(
          "channel {0}: a term multiplies {1} elements of the input {2}", j,
          atomCount, inputName()));
    if (channel == j) {
      if (out.own)
        return reject(llvm::formatv(
            "channel {0}: {1}[{0}] appears in two terms", j, inputName()));
      out.own = &m;
    } else {
      if (out.partner)
        return reject(llvm::formatv(
            "channel {0}: mixes more than two input channels", j));
      out.partner = &m;
      out.partnerChannel = channel;
    }
  }
  if (!out.own)
    return reject(llvm::formatv("channel {0}: does not read x[{0}]", j));
  return success();
}

LogicalResult RotationMatcher::findInput() {
  SmallVector<AffineExpr> idx0 = frame.indices(0, ctx);
  const Expr *raw0 = ev->eval(frame.value, idx0);
  // Expanded with nothing atomic, x's own sums (a bias, a projection) may
  // make too many terms; that only matters for deciding whether a failure is
  // worth a remark.
  FailureOr<SmallVector<Monomial>> plain =
      expandToMonomials(*ev, raw0, /*atoms=*/{});
  if (succeeded(plain) && plain->size() < 2)
    return reject("not a sum of products");
  // A rotation reads some tensor at two places (a channel and its partner);
  // a value that reads every tensor at one place is no rotation, however
  // large its expression (residual streams, norms, x * x + y * x).
  DenseMap<Value, const Expr *> firstRead;
  bool twice = false;
  SmallVector<const Expr *> stack = {raw0};
  llvm::DenseSet<const Expr *> visited;
  while (!stack.empty() && !twice && visited.size() < 4096) {
    const Expr *e = stack.pop_back_val();
    if (!visited.insert(e).second)
      continue;
    if (e->kind == ExprKind::Read && !e->indices.empty()) {
      auto [it, inserted] = firstRead.try_emplace(e->value, e);
      twice = !inserted && it->second != e;
    }
    stack.append(e->operands.begin(), e->operands.end());
  }
  if (!twice)
    return reject("no tensor is read at two places");
  // Two products of at least two factors each besides: worth a remark when
  // it is not raised.
  bool rotationLike = succeeded(plain) && plain->size() == 2 &&
                      llvm::all_of(*plain, [](const Monomial &m) {
                        return m.factors.size() >= 2;
                      });

  // Tensors whose elements appear in channel 0, nearest to V first.
  SmallVector<InputView> views;
  std::deque<const Expr *> queue = {raw0};
  llvm::DenseSet<const Expr *> seen;
  while (!queue.empty() && seen.size() < 512 && views.size() < 8) {
    const Expr *e = queue.front();
    queue.pop_front();
    if (!seen.insert(e).second)
      continue;
    for (const Provenance &p : ev->getProvenance(e)) {
      if (p.tensor == frame.value)
        continue;
      std::optional<InputView> view = asInputView(p, frame);
      if (view && llvm::none_of(views, [&](const InputView &v) {
            return v.tensor == view->tensor;
          }))
        views.push_back(*view);
    }
    for (const Expr *o : e->operands)
      queue.push_back(o);
  }

  // A tensor already in the frame's layout needs no presentation: try those
  // first, then permutations, then the rest (nearest to V first within each).
  auto cost = [&](const InputView &view) {
    return presentationCost(view, frame);
  };
  // Then one in V's element type (an f32 extension of a bf16 input would
  // make the rotation f32 and need a rounding after it).
  Type valueElement = getElementTypeOrSelf(frame.value.getType());
  auto sameType = [&](const InputView &view) {
    return getElementTypeOrSelf(view.tensor.getType()) == valueElement;
  };
  llvm::stable_sort(views, [&](const InputView &a, const InputView &b) {
    return std::make_pair(cost(a), !sameType(a)) <
           std::make_pair(cost(b), !sameType(b));
  });

  std::string firstReason;
  int bestScore = 0;
  for (InputView &view : views) {
    SmallVector<const Expr *> candidateAtoms;
    llvm::DenseSet<const Expr *> set;
    DenseMap<const Expr *, int64_t> channelOf;
    bool distinct = true;
    for (int64_t k = 0; k < frame.channels && distinct; ++k) {
      const Expr *atom = ElementEvaluator::stripRounding(
          ev->eval(view.tensor, inputIndices(view, k, ctx)));
      distinct = atom->kind != ExprKind::Float &&
                 atom->kind != ExprKind::Undef && set.insert(atom).second;
      candidateAtoms.push_back(atom);
      channelOf[atom] = k;
    }
    if (!distinct)
      continue;
    FailureOr<SmallVector<Monomial>> terms = expandToMonomials(*ev, raw0, set);
    if (failed(terms) || terms->size() != 2)
      continue;
    std::swap(atomSet, set);
    std::swap(atomChannel, channelOf);
    input = view;
    ChannelTerms split;
    bool splits = succeeded(splitChannel(0, *terms, split));
    if (splits && split.partner) {
      atoms = std::move(candidateAtoms);
      partnerOfZero = split.partnerChannel;
      return success();
    }
    // Report the attempt that got furthest: the one whose input appears in
    // the most terms.
    // Ties go to a leaf input over a computed one.
    int score =
        2 * llvm::count_if(*terms,
                           [&](const Monomial &m) {
                             return llvm::any_of(m.factors, [&](const Expr *f) {
                               return atomSet.contains(f);
                             });
                           }) +
        (candidateAtoms[0]->kind == ExprKind::Read);
    if (score > bestScore) {
      bestScore = score;
      firstReason = splits ? "channel 0: not combined with any other channel "
                             "of the input " +
                                 inputName()
                           : outcome.reason;
    }
    std::swap(atomSet, set);
    std::swap(atomChannel, channelOf);
  }
  outcome.candidate = rotationLike && !firstReason.empty();
  return reject(firstReason.empty()
                    ? "no input whose channels pair up in channel 0"
                    : firstReason);
}

std::string RotationMatcher::inputName() const {
  if (auto arg = dyn_cast<BlockArgument>(input.tensor))
    return ("%arg" + Twine(arg.getArgNumber())).str();
  return ("(" + input.tensor.getDefiningOp()->getName().getStringRef() +
          " result)")
      .str();
}

FailureOr<RotationMatch> RotationMatcher::run() {
  ev = std::make_unique<ElementEvaluator>(ctx, frame.leadShape);
  if (failed(findInput()))
    return failure();
  // From here on the value looks like a rotation: every failure is reported.
  outcome.candidate = true;
  outcome.stage = 1;

  int64_t d = frame.channels;
  Layout layout;
  int64_t rotaryDim;
  if (partnerOfZero == 1) {
    layout = Layout::interleaved;
    rotaryDim = d; // lowered below at the first pass-through pair
  } else {
    layout = Layout::half;
    rotaryDim = 2 * partnerOfZero;
    if (rotaryDim > d)
      return reject(llvm::formatv(
          "channel 0 pairs with channel {0}, beyond the {1} channels",
          partnerOfZero, d));
  }

  SmallVector<const Expr *> cosFactors, sinFactors;
  std::optional<double> scale;
  for (int64_t j = 0; j < d; ++j) {
    FailureOr<SmallVector<Monomial>> terms = termsOf(j);
    if (failed(terms))
      return failure();
    channelTerms = &*terms;
    auto done = llvm::make_scope_exit([&] { channelTerms = nullptr; });
    ChannelTerms split;
    if (failed(splitChannel(j, *terms, split)))
      return failure();

    bool passThrough = !split.partner;
    if (layout == Layout::interleaved && j < rotaryDim && passThrough &&
        j % 2 == 0 && j > 0)
      rotaryDim = j;
    if (j >= rotaryDim) {
      if (!passThrough || split.own->coefficient != 1.0 ||
          split.own->factors.size() != 1)
        return reject(llvm::formatv(
            "channel {0}: past the rotary dim {1} but not passed through "
            "unchanged",
            j, rotaryDim));
      continue;
    }
    int64_t expected;
    bool first;
    if (layout == Layout::half) {
      int64_t half = rotaryDim / 2;
      first = j < half;
      expected = first ? j + half : j - half;
    } else {
      first = j % 2 == 0;
      expected = first ? j + 1 : j - 1;
    }
    if (passThrough)
      return reject(llvm::formatv(
          "channel {0}: not rotated with channel {1} (its pair partner for "
          "{2} layout with rotary dim {3})",
          j, expected, stringifyLayout(layout), rotaryDim));
    if (split.partnerChannel != expected)
      return reject(llvm::formatv(
          "channel {0}: rotated with channel {1}, but the pair partner for "
          "{2} layout with rotary dim {3} is channel {4}",
          j, split.partnerChannel, stringifyLayout(layout), rotaryDim,
          expected));
    auto factorOf = [&](const Monomial &m) -> const Expr * {
      SmallVector<const Expr *> rest;
      for (const Expr *f : m.factors)
        if (!atomSet.contains(f))
          rest.push_back(f);
      return rest.size() == 1 ? rest.front() : nullptr;
    };
    const Expr *c = factorOf(*split.own);
    const Expr *s = factorOf(*split.partner);
    if (!c || !s)
      return reject(llvm::formatv(
          "channel {0}: x[{0}] and x[{1}] must each be multiplied by one "
          "table value",
          j, expected));
    double k = split.own->coefficient;
    double kp = split.partner->coefficient;
    if (static_cast<float>(kp) != static_cast<float>(first ? -k : k))
      return reject(llvm::formatv(
          "channel {0}: the partner term has the wrong sign or factor (the "
          "{1} element of a pair needs {2}x[{3}]*sin)",
          j, first ? "first" : "second", first ? "-" : "+", expected));
    if (!scale)
      scale = k;
    else if (static_cast<float>(*scale) != static_cast<float>(k))
      return reject(llvm::formatv(
          "channel {0}: scaled by {1}, other channels by {2}", j, k, *scale));
    cosFactors.push_back(c);
    sinFactors.push_back(s);
  }
  if (rotaryDim == 0)
    return reject("no channel is rotated");

  RotationMatch match;
  match.value = frame.value;
  match.leadShape = frame.leadShape;
  match.channelShape = frame.channelShape;
  match.channels = d;
  match.input = input;
  match.inputCost = presentationCost(input, frame);
  match.layout = layout;
  match.rotaryDim = rotaryDim;
  match.scale = scale.value_or(1.0);
  match.complexForm = usesComplex(ev->eval(frame.value, frame.indices(0, ctx)));
  if (auto generic = frame.value.getDefiningOp<linalg::GenericOp>()) {
    bool readsPartner = false;
    generic.getBody()->walk([&](tensor::ExtractOp) { readsPartner = true; });
    match.singleGeneric = readsPartner;
  }
  cosFactors.resize(rotaryDim);
  sinFactors.resize(rotaryDim);
  outcome.stage = 2;
  std::string reason;
  if (failed(matchTable(*ev, match, cosFactors, sinFactors, reason)))
    return reject(reason);
  match.evaluator = std::move(ev);
  return match;
}

} // namespace

FailureOr<RotationMatch> mlir::rope::matchRotation(Value value,
                                                   MatchFailure &outcome) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || type.getRank() == 0 ||
      !isa<Float32Type, Float16Type, BFloat16Type>(type.getElementType()))
    return failure();
  // Channels are the last dim, or the last two when heads are split into
  // [.., 2, 64]-like dims.
  MatchFailure best;
  for (unsigned group = 1; group <= 2 && group <= type.getRank(); ++group) {
    Frame frame;
    frame.value = value;
    ArrayRef<int64_t> shape = type.getShape();
    frame.leadShape.assign(shape.begin(), shape.end() - group);
    frame.channelShape.assign(shape.end() - group, shape.end());
    if (llvm::any_of(frame.channelShape, ShapedType::isDynamic))
      break;
    frame.channels = 1;
    for (int64_t s : frame.channelShape)
      frame.channels *= s;
    if (frame.channels < 2 || frame.channels % 2 != 0 || frame.channels > 4096)
      continue;
    // A dim of size 1 is index 0: constant indices let reads of constant
    // tensors fold and broadcasts over unit dims match.
    for (unsigned d = 0; d < frame.leadShape.size(); ++d)
      frame.leadDims.push_back(
          frame.leadShape[d] == 1 ? getAffineConstantExpr(0, value.getContext())
                                  : getAffineDimExpr(d, value.getContext()));
    MatchFailure attempt;
    RotationMatcher matcher(std::move(frame), attempt);
    FailureOr<RotationMatch> match = matcher.run();
    if (succeeded(match))
      return match;
    if (attempt.candidate && !best.candidate)
      best = attempt;
    if (!best.candidate && best.reason.empty())
      best = attempt;
  }
  outcome = best;
  return failure();
}
