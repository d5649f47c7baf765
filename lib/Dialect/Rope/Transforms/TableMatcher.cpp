//===- TableMatcher.cpp - what the cos/sin of a rotation are --------------===//
//
// Given the cos factor c_j and sin factor s_j of every rotated channel, in
// order of preference:
//  1. c = cos(a), s = sin(a) with one angle per pair, a = position * w with
//     w known at compile time: rope.freqs (one axis, several axes joined by
//     broadcat, or mRoPE sections).
//  2. the same angles held by a tensor: an angle table.
//  3. c and s held by tensors: cos/sin tables, per pair when the IR reads
//     the same element for both channels of a pair, else per element.
//  4. per-element angles held by a tensor: cos/sin computed from it.
// A table found through a gather (row index loaded from a positions tensor)
// is presented with gather(...) when it is built.
//
//===----------------------------------------------------------------------===//

#include "rope/Dialect/Rope/Transforms/RaiseMatch.h"

#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::rope;

bool PositionSource::operator==(const PositionSource &other) const {
  if (kind != other.kind || scale != other.scale)
    return false;
  switch (kind) {
  case Kind::Iota:
    return iota == other.iota;
  case Kind::Tensor:
    return read.tensor == other.read.tensor && read.rows == other.read.rows;
  case Kind::Expr:
    return expr == other.expr;
  }
  return false;
}

/// Removes float extensions (exact) but not truncations.
static const Expr *stripExtensions(const Expr *e) {
  while (e->isOp(Opcode::ExtF))
    e = e->operands[0];
  return e;
}

static bool isStorageFloat(Type t) {
  return isa<Float32Type, Float16Type, BFloat16Type>(t);
}

/// A table type the builder can present: storage floats, or complex numbers
/// of them (split into cos/sin when built).
static bool isTableElement(Type t) {
  if (auto complex = dyn_cast<ComplexType>(t))
    return isStorageFloat(complex.getElementType());
  return isStorageFloat(t);
}

FailureOr<TableRead> mlir::rope::findTableRead(ElementEvaluator &ev,
                                               ArrayRef<const Expr *> nodes,
                                               bool exact) {
  MLIRContext *ctx = ev.getContext();
  SmallVector<Provenance> candidates;
  auto collect = [&](const Expr *e) {
    for (const Provenance &p : ev.getProvenance(e))
      candidates.push_back(p);
  };
  collect(nodes[0]);
  if (nodes[0]->isOp(Opcode::ExtF))
    collect(stripExtensions(nodes[0]));
  int64_t n = nodes.size();
  auto matches = [&](const Expr *held, const Expr *node) {
    // Exact: the tensor holds the value itself, up to exact extensions (a
    // rounded copy of it would strip to a truncation, not to the node).
    if (exact)
      return stripExtensions(held) == stripExtensions(node);
    return ElementEvaluator::stripRounding(held) ==
           ElementEvaluator::stripRounding(node);
  };
  for (const Provenance &p : candidates) {
    if (exact && !p.exact)
      continue;
    auto type = dyn_cast<RankedTensorType>(p.tensor.getType());
    if (!type || type.getRank() < 1 || !isTableElement(type.getElementType()))
      continue;
    auto c0 = dyn_cast<AffineConstantExpr>(p.indices.back());
    if (!c0)
      continue;
    SmallVector<AffineExpr> rows(p.indices.begin(), p.indices.end() - 1);
    int64_t width = type.getShape().back();
    SmallVector<int64_t, 2> strides = {1};
    if (n > 1)
      for (const Provenance &q : ev.getProvenance(nodes[1]))
        if (q.tensor == p.tensor &&
            ArrayRef(q.indices).drop_back() == ArrayRef(rows))
          if (auto c1 = dyn_cast<AffineConstantExpr>(q.indices.back()))
            if (c1.getValue() > c0.getValue() + 1)
              strides.push_back(c1.getValue() - c0.getValue());
    for (int64_t stride : strides) {
      int64_t last = c0.getValue() + stride * (n - 1);
      if (!ShapedType::isDynamic(width) && last >= width)
        continue;
      bool all = true;
      for (int64_t k = 0; k < n && all; ++k) {
        SmallVector<AffineExpr> idx(rows);
        idx.push_back(getAffineConstantExpr(c0.getValue() + stride * k, ctx));
        all = matches(ev.eval(p.tensor, idx), nodes[k]);
      }
      if (all)
        return TableRead{p.tensor, rows, c0.getValue(), stride, n};
    }
  }
  return failure();
}

/// cos_k + i sin_k held by one complex tensor z (Meta's freqs_cis, or a
/// complex table concatenated from per-axis ones): z[rows, start + stride*k].
static FailureOr<TableRead> findComplexTable(ElementEvaluator &ev,
                                             ArrayRef<const Expr *> cosNodes,
                                             ArrayRef<const Expr *> sinNodes) {
  SmallVector<const Expr *> numbers;
  for (auto [c, s] : llvm::zip(cosNodes, sinNodes)) {
    auto type = dyn_cast<FloatType>(c->type);
    if (!type || c->type != s->type)
      return failure();
    numbers.push_back(ev.getComplex(c, s, ComplexType::get(type)));
  }
  return findTableRead(ev, numbers, /*exact=*/true);
}

namespace {

/// Recognizes angles position * w.
class FrequencyMatcher {
public:
  FrequencyMatcher(ElementEvaluator &ev) : ev(ev) {}

  LogicalResult match(ArrayRef<const Expr *> angles, TableSpec &spec,
                      std::string &why);

private:
  std::optional<PositionSource> parsePosition(const Expr *p);
  std::optional<PositionSource> parseBase(const Expr *p);
  LogicalResult matchGrid(TableSpec &spec, ArrayRef<int64_t> leadShape);

  ElementEvaluator &ev;

public:
  SmallVector<int64_t> leadShape;
};

/// Whether `e` (and everything it reads) can be emitted again as IR.
bool isEmittable(const Expr *root) {
  SmallVector<const Expr *> stack = {root};
  llvm::DenseSet<const Expr *> seen;
  while (!stack.empty()) {
    const Expr *e = stack.pop_back_val();
    if (!seen.insert(e).second)
      continue;
    if (e->kind == ExprKind::Complex || e->kind == ExprKind::Undef ||
        e->kind == ExprKind::Opaque || e->isOp(Opcode::Re) ||
        e->isOp(Opcode::Im))
      return false;
    stack.append(e->operands.begin(), e->operands.end());
  }
  return true;
}

std::optional<PositionSource> FrequencyMatcher::parseBase(const Expr *p) {
  if (!p->type.isF32())
    return std::nullopt;
  PositionSource src;
  if (p->isOp(Opcode::SIToFP) || p->isOp(Opcode::UIToFP)) {
    const Expr *x = p->operands[0];
    bool isSigned = p->isOp(Opcode::SIToFP);
    if (x->isInt() && x->affine.isPureAffine() &&
        !x->affine.isSymbolicOrConstant()) {
      bool hasSymbols = false;
      x->affine.walk(
          [&](AffineExpr e) { hasSymbols |= isa<AffineSymbolExpr>(e); });
      if (!hasSymbols) {
        src.kind = PositionSource::Kind::Iota;
        src.iota = x->affine;
        return src;
      }
    }
    // A position loaded from an integer tensor (through index casts);
    // rope.freqs converts integers as signed, which uitofp matches only for
    // non-negative values it does not know about.
    const Expr *loaded = x;
    if (x->isInt())
      if (auto sym = dyn_cast<AffineSymbolExpr>(x->affine))
        loaded = ev.getSymbolExpr(sym.getPosition());
    if (isSigned && loaded->kind == ExprKind::Read &&
        !loaded->indices.empty() && isa<IntegerType, IndexType>(loaded->type)) {
      src.kind = PositionSource::Kind::Tensor;
      src.read.tensor = loaded->value;
      src.read.rows.assign(loaded->indices.begin(), loaded->indices.end());
      return src;
    }
  }
  const Expr *read = stripExtensions(p);
  if (read->kind == ExprKind::Read && !read->indices.empty() &&
      isStorageFloat(read->type)) {
    src.kind = PositionSource::Kind::Tensor;
    src.read.tensor = read->value;
    src.read.rows.assign(read->indices.begin(), read->indices.end());
    return src;
  }
  // Anything else that does not depend on the channel is still a position
  // tensor; it is emitted exactly as the IR computes it.
  if (!isEmittable(p) || ev.evalConstant(p))
    return std::nullopt;
  src.kind = PositionSource::Kind::Expr;
  src.expr = p;
  return src;
}

std::optional<PositionSource> FrequencyMatcher::parsePosition(const Expr *p) {
  // (position * s) * w is rope.freqs' position_scale; a scale applied after
  // the product with w is not the same rounding and stays in the position.
  if (p->isOp(Opcode::MulF)) {
    for (unsigned side = 0; side < 2; ++side) {
      std::optional<APFloat> s = ev.evalConstantFloat(p->operands[side]);
      if (!s)
        continue;
      std::optional<PositionSource> base = parseBase(p->operands[1 - side]);
      if (base && base->kind != PositionSource::Kind::Expr) {
        base->scale = s->convertToFloat();
        return base;
      }
    }
  }
  return parseBase(p);
}

/// Splits a grid coordinate `(d floordiv inner) mod length` of one dim.
struct GridCoordinate {
  unsigned dim;
  int64_t inner = 1;
  std::optional<int64_t> length;
};

std::optional<GridCoordinate> parseGridCoordinate(AffineExpr e) {
  GridCoordinate c;
  if (e.getKind() == AffineExprKind::Mod) {
    auto bin = cast<AffineBinaryOpExpr>(e);
    auto len = dyn_cast<AffineConstantExpr>(bin.getRHS());
    if (!len)
      return std::nullopt;
    c.length = len.getValue();
    e = bin.getLHS();
  }
  if (e.getKind() == AffineExprKind::FloorDiv) {
    auto bin = cast<AffineBinaryOpExpr>(e);
    auto inner = dyn_cast<AffineConstantExpr>(bin.getRHS());
    if (!inner || inner.getValue() <= 0)
      return std::nullopt;
    c.inner = inner.getValue();
    e = bin.getLHS();
  }
  auto d = dyn_cast<AffineDimExpr>(e);
  if (!d)
    return std::nullopt;
  c.dim = d.getPosition();
  return c;
}

/// The one grid coordinate (a dim, or (d floordiv M) mod L of one) that a
/// computed position depends on: every use of a frame dim in `root` is
/// inside an occurrence of it (linspace-style grids compute the position
/// from the coordinate with selects and arithmetic).
std::optional<AffineExpr> coordinateOf(const Expr *root) {
  SmallVector<AffineExpr> uses;
  SmallVector<const Expr *> stack = {root};
  llvm::DenseSet<const Expr *> seen;
  bool symbols = false;
  while (!stack.empty()) {
    const Expr *e = stack.pop_back_val();
    if (!seen.insert(e).second)
      continue;
    if (e->isInt())
      uses.push_back(e->affine);
    uses.append(e->indices.begin(), e->indices.end());
    stack.append(e->operands.begin(), e->operands.end());
  }
  for (AffineExpr u : uses)
    u.walk([&](AffineExpr sub) { symbols |= isa<AffineSymbolExpr>(sub); });
  if (symbols)
    return std::nullopt;
  MLIRContext *ctx = root->type.getContext();
  AffineExpr placeholder = getAffineSymbolExpr(0, ctx);
  for (AffineExpr u : uses) {
    SmallVector<AffineExpr> candidates;
    u.walk([&](AffineExpr sub) {
      if (parseGridCoordinate(sub))
        candidates.push_back(sub);
    });
    // walk() visits sub-expressions first: try the largest coordinate first.
    for (AffineExpr c : llvm::reverse(candidates)) {
      bool only = llvm::all_of(uses, [&](AffineExpr other) {
        bool dims = false;
        other.replace(c, placeholder).walk([&](AffineExpr sub) {
          dims |= isa<AffineDimExpr>(sub);
        });
        return !dims;
      });
      if (only)
        return c;
    }
  }
  return std::nullopt;
}

LogicalResult FrequencyMatcher::matchGrid(TableSpec &spec,
                                          ArrayRef<int64_t> leadShape) {
  // Each axis reads one coordinate of a grid of tokens.
  SmallVector<AffineExpr> coords;
  for (FrequencyAxis &axis : spec.axes) {
    const PositionSource &p = axis.position;
    if (p.kind == PositionSource::Kind::Iota) {
      coords.push_back(p.iota);
    } else if (p.kind == PositionSource::Kind::Tensor &&
               p.read.rows.size() == 1) {
      coords.push_back(p.read.rows[0]);
    } else if (p.kind == PositionSource::Kind::Expr) {
      std::optional<AffineExpr> c = coordinateOf(p.expr);
      if (!c)
        return failure();
      coords.push_back(*c);
    } else {
      return failure();
    }
  }
  SmallVector<GridCoordinate> grid;
  for (AffineExpr c : coords) {
    std::optional<GridCoordinate> g = parseGridCoordinate(c);
    if (!g)
      return failure();
    grid.push_back(*g);
  }
  // One leading dim per axis (a table not flattened to tokens).
  llvm::SmallDenseSet<unsigned> dims;
  for (const GridCoordinate &g : grid)
    dims.insert(g.dim);
  if (dims.size() == grid.size()) {
    for (const GridCoordinate &g : grid) {
      int64_t size = leadShape[g.dim];
      if (g.inner != 1 || (g.length && *g.length != size) ||
          ShapedType::isDynamic(size))
        return failure();
      spec.gridDims.push_back(g.dim);
      spec.gridLengths.push_back(size);
      spec.gridInner.push_back(1);
    }
    return success();
  }
  // Tokens flattened from the grid: axis a reads (t floordiv M_a) mod L_a
  // with M_last = 1, M_{a-1} = M_a * L_a and L_0 = tokens / M_0.
  if (dims.size() != 1)
    return failure();
  unsigned dim = grid.front().dim;
  int64_t tokens = leadShape[dim];
  int64_t numAxes = grid.size();
  if (ShapedType::isDynamic(tokens) || grid.back().inner != 1)
    return failure();
  SmallVector<int64_t> lengths(numAxes);
  for (int64_t a = 0; a < numAxes; ++a) {
    int64_t outer = a == 0 ? tokens : grid[a - 1].inner;
    if (outer % grid[a].inner != 0)
      return failure();
    lengths[a] = outer / grid[a].inner;
    if (grid[a].length && *grid[a].length != lengths[a])
      return failure();
    // A tensor or arange read at t floordiv M_a (no mod) goes past the axis.
    if (a > 0 && !grid[a].length &&
        spec.axes[a].position.kind != PositionSource::Kind::Expr)
      return failure();
  }
  // A computed position was matched by the coordinate it syntactically
  // depends on; check token by token that it is a function of the axis
  // coordinate: the same at every token as at the first token with that
  // coordinate.
  SmallVector<int64_t> at(leadShape.size(), 0);
  for (int64_t a = 0; a < numAxes; ++a) {
    const PositionSource &p = spec.axes[a].position;
    if (p.kind != PositionSource::Kind::Expr)
      continue;
    for (int64_t t = 0; t < tokens; ++t) {
      at[dim] = t;
      std::optional<ElementEvaluator::Scalar> here = ev.evaluateAt(p.expr, at);
      at[dim] = ((t / grid[a].inner) % lengths[a]) * grid[a].inner;
      std::optional<ElementEvaluator::Scalar> first = ev.evaluateAt(p.expr, at);
      if (!here || !first || !(*here == *first))
        return failure();
    }
  }
  spec.gridDims = {dim};
  spec.gridLengths = lengths;
  for (const GridCoordinate &g : grid)
    spec.gridInner.push_back(g.inner);
  return success();
}

LogicalResult FrequencyMatcher::match(ArrayRef<const Expr *> angles,
                                      TableSpec &spec, std::string &why) {
  // First the angles written position * w; then those folded to p or -p
  // (w = +-1), which must take a position the others take, or, when no
  // angle is a product, all the same one: a per-slot expression is an angle
  // table, not positions times frequencies.
  int64_t slots = angles.size();
  SmallVector<std::optional<PositionSource>> slotPosition(slots);
  SmallVector<float> w(slots);
  SmallVector<PositionSource> positions;
  for (auto [i, a] : llvm::enumerate(angles)) {
    if (!a->type.isF32()) {
      why = llvm::formatv("the angle of pair {0} is not an f32 value", i);
      return failure();
    }
    if (!a->isOp(Opcode::MulF))
      continue;
    for (unsigned side = 0; side < 2 && !slotPosition[i]; ++side) {
      std::optional<APFloat> c = ev.evalConstantFloat(a->operands[side]);
      if (!c)
        continue;
      slotPosition[i] = parsePosition(a->operands[1 - side]);
      w[i] = c->convertToFloat();
    }
    if (slotPosition[i] && !llvm::is_contained(positions, *slotPosition[i]))
      positions.push_back(*slotPosition[i]);
  }
  for (auto [i, a] : llvm::enumerate(angles)) {
    if (slotPosition[i])
      continue;
    bool negated = a->isOp(Opcode::NegF);
    std::optional<PositionSource> p =
        parsePosition(negated ? a->operands[0] : a);
    bool known =
        p && (positions.empty()
                  ? llvm::all_of(angles, [&](auto *b) { return b == a; })
                  : llvm::is_contained(positions, *p));
    if (!known) {
      why = llvm::formatv("the angle of pair {0} is not position * a "
                          "compile-time frequency",
                          i);
      return failure();
    }
    slotPosition[i] = p;
    w[i] = negated ? -1.0f : 1.0f;
    if (positions.empty())
      positions.push_back(*p);
  }
  SmallVector<int64_t> slotAxis;
  for (int64_t i = 0; i < slots; ++i) {
    spec.invFreq.push_back(w[i]);
    slotAxis.push_back(llvm::find(positions, *slotPosition[i]) -
                       positions.begin());
  }

  // Positions are per token (one, or a few axes for 3D and mRoPE); angles
  // that differ in every slot are a table, not positions times frequencies.
  if (positions.size() > 4) {
    why = llvm::formatv("the angles take {0} different positions",
                        positions.size());
    return failure();
  }
  spec.kind = TableSpec::Kind::Freqs;
  int64_t numAxes = positions.size();
  for (auto [a, p] : llvm::enumerate(positions)) {
    FrequencyAxis axis;
    axis.position = p;
    axis.firstSlot = llvm::find(slotAxis, int64_t(a)) - slotAxis.begin();
    axis.numSlots = llvm::count(slotAxis, int64_t(a));
    spec.axes.push_back(axis);
  }
  if (numAxes == 1)
    return success();

  bool chunked = llvm::all_of(spec.axes, [&](const FrequencyAxis &axis) {
    return llvm::all_of(
        ArrayRef(slotAxis).slice(axis.firstSlot, axis.numSlots),
        [&](int64_t a) { return a == slotAxis[axis.firstSlot]; });
  });
  if (chunked && succeeded(matchGrid(spec, leadShape))) {
    spec.broadcat = true;
    return success();
  }
  for (const FrequencyAxis &axis : spec.axes)
    if (axis.position.scale != spec.axes.front().position.scale) {
      why = "frequency slots take differently scaled positions";
      return failure();
    }
  for (const FrequencyAxis &axis : spec.axes)
    spec.sections.push_back(axis.numSlots);
  if (chunked)
    return success();
  // Qwen3-VL: slot i uses axis i mod A while that axis has slots left.
  bool interleaved = true;
  for (int64_t i = 0; i < slots && interleaved; ++i) {
    int64_t a = i % numAxes;
    int64_t expected = (a > 0 && i < numAxes * spec.sections[a]) ? a : 0;
    interleaved = slotAxis[i] == expected;
  }
  if (!interleaved) {
    why = "frequency slots take their positions from several sources in an "
          "order rope.freqs cannot express";
    return failure();
  }
  spec.interleavedSections = true;
  return success();
}

} // namespace

LogicalResult mlir::rope::matchTable(ElementEvaluator &ev, RotationMatch &match,
                                     ArrayRef<const Expr *> cosFactors,
                                     ArrayRef<const Expr *> sinFactors,
                                     std::string &reason) {
  int64_t rotaryDim = match.rotaryDim;
  int64_t half = rotaryDim / 2;
  bool isHalf = match.layout == Layout::half;
  auto first = [&](int64_t i) { return isHalf ? i : 2 * i; };
  auto second = [&](int64_t i) { return isHalf ? i + half : 2 * i + 1; };
  TableSpec &spec = match.table;
  std::string angleWhy;
  FailureOr<TableRead> perElementAngles = failure();

  bool trig =
      llvm::all_of(cosFactors,
                   [](const Expr *c) { return c->isOp(Opcode::Cos); }) &&
      llvm::all_of(sinFactors,
                   [](const Expr *s) { return s->isOp(Opcode::Sin); });
  if (trig) {
    SmallVector<const Expr *> angles;
    for (int64_t j = 0; j < rotaryDim; ++j) {
      if (cosFactors[j]->operands[0] != sinFactors[j]->operands[0]) {
        trig = false;
        angleWhy = llvm::formatv("channel {0} takes cos and sin of different "
                                 "angles",
                                 j);
        break;
      }
      angles.push_back(cosFactors[j]->operands[0]);
    }
    if (trig) {
      bool perPair = true;
      for (int64_t i = 0; i < half; ++i)
        perPair &= angles[first(i)] == angles[second(i)];
      if (perPair) {
        SmallVector<const Expr *> pairAngles;
        for (int64_t i = 0; i < half; ++i)
          pairAngles.push_back(angles[first(i)]);
        // Angles that are elements of a given tensor are an angle table;
        // computed ones are raised to rope.freqs when they can be.
        bool given = llvm::all_of(pairAngles, [](const Expr *a) {
          return stripExtensions(a)->kind == ExprKind::Read;
        });
        FrequencyMatcher freqs(ev);
        freqs.leadShape = match.leadShape;
        TableSpec candidate;
        if (!given && succeeded(freqs.match(pairAngles, candidate, angleWhy))) {
          spec = std::move(candidate);
          return success();
        }
        FailureOr<TableRead> table =
            findTableRead(ev, pairAngles, /*exact=*/true);
        if (succeeded(table)) {
          spec.kind = TableSpec::Kind::Angles;
          spec.angles = *table;
          return success();
        }
      } else {
        // The cos/sin tensors the IR already has are preferred below; the
        // angles are the fallback.
        perElementAngles = findTableRead(ev, angles, /*exact=*/true);
        angleWhy = "the two channels of a pair take different angles and no "
                   "tensor holds the angles";
      }
    }
  }

  bool perPair = true;
  for (int64_t i = 0; i < half; ++i)
    perPair &= cosFactors[first(i)] == cosFactors[second(i)] &&
               sinFactors[first(i)] == sinFactors[second(i)];
  SmallVector<const Expr *> cosNodes, sinNodes;
  if (perPair) {
    for (int64_t i = 0; i < half; ++i) {
      cosNodes.push_back(cosFactors[first(i)]);
      sinNodes.push_back(sinFactors[first(i)]);
    }
  } else {
    cosNodes.assign(cosFactors.begin(), cosFactors.end());
    sinNodes.assign(sinFactors.begin(), sinFactors.end());
  }
  FailureOr<TableRead> cos = findTableRead(ev, cosNodes, /*exact=*/false);
  FailureOr<TableRead> sin = findTableRead(ev, sinNodes, /*exact=*/false);
  if (FailureOr<TableRead> z = findComplexTable(ev, cosNodes, sinNodes);
      succeeded(z)) {
    spec.kind = TableSpec::Kind::ComplexTable;
    spec.angles = *z;
    return success();
  }
  if (succeeded(cos) && succeeded(sin)) {
    spec.kind = TableSpec::Kind::CosSin;
    spec.cos = *cos;
    spec.sin = *sin;
    return success();
  }
  if (succeeded(perElementAngles)) {
    spec.kind = TableSpec::Kind::AnglesPerElement;
    spec.angles = *perElementAngles;
    return success();
  }
  reason = trig ? angleWhy + ", and no tensor holds the angles or the cos/sin "
                             "values"
                : std::string(failed(cos) ? "no tensor holds the cos values"
                                          : "no tensor holds the sin values") +
                      (angleWhy.empty() ? "" : " (" + angleWhy + ")");
  return failure();
}
