//===- RotationBuilder.cpp - build rope ops from a match ------------------===//
//
// Presents the tensors a match found (x, positions, tables) in the shapes the
// rope ops expect and creates the ops. Presentation prefers views (the tensor
// itself with a table map, an extract_slice, a transpose, a collapse) and
// falls back to a small linalg.generic that gathers exactly the elements the
// source read, so anything the matcher can describe can be built.
//
//===----------------------------------------------------------------------===//

#include "Dialect/Rope/Utils/LoweringUtils.h"
#include "rope/Dialect/Rope/Analysis/ExtentEquivalence.h"
#include "rope/Dialect/Rope/Transforms/RaiseMatch.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::rope;

namespace {

/// A tensor in the shape a rope op expects, with the map from the frame's
/// leading dims to its row dims.
struct Presented {
  Value tensor;
  /// rope.freqs `length` instead of a positions tensor.
  std::optional<int64_t> length;
  SmallVector<AffineExpr> map;
  /// Positions the table is gathered by (rope.rotate gather(...)).
  Value gather;
};

/// State for emitting expression nodes inside one generic body.
struct EmitScope {
  /// Index values of the frame dims available in the body (null: not).
  SmallVector<Value> dims;
  DenseMap<const Expr *, Value> cache;
};

class RotationBuilder {
public:
  RotationBuilder(RewriterBase &rewriter, RotationMatch &match,
                  std::string &reason)
      : rewriter(rewriter), match(match), ev(*match.evaluator), reason(reason),
        ctx(rewriter.getContext()), loc(match.value.getLoc()) {}

  FailureOr<BuiltRotation> build();

private:
  LogicalResult fail(const Twine &why) {
    reason = why.str();
    return failure();
  }
  unsigned numLead() const { return match.leadShape.size(); }
  OpFoldResult leadSize(unsigned d);
  SmallVector<Value> dynamicSizes(ArrayRef<unsigned> dims);
  /// Dynamic sizes for a table over `dims`, taken from a tensor the table
  /// reads when there is one (shared by q and k), else from x.
  SmallVector<Value> tableSizes(ArrayRef<unsigned> dims);

  FailureOr<Value> emit(OpBuilder &b, const Expr *e, EmitScope &scope);
  FailureOr<Value> emitIndex(OpBuilder &b, AffineExpr e, EmitScope &scope);
  void collectDims(AffineExpr e, llvm::SmallSetVector<unsigned, 4> &dims);
  void collectDims(const Expr *e, llvm::SmallSetVector<unsigned, 4> &dims);
  SmallVector<unsigned> sortedDims(const llvm::SmallSetVector<unsigned, 4> &s);

  using BodyFn =
      function_ref<FailureOr<Value>(OpBuilder &, EmitScope &, Value column)>;
  FailureOr<Value> materialize(ArrayRef<unsigned> dims,
                               std::optional<int64_t> columns, Type elementType,
                               BodyFn body);
  Value convertElements(Value tensor, Type elementType);
  /// A copy of a strided column slice, so that table rows are contiguous
  /// (the fused codegen reads them with vector loads).
  Value contiguous(Value tensor);
  using SplitFn =
      function_ref<std::pair<Value, Value>(OpBuilder &, Location, Value)>;
  using ConstantElementFn =
      function_ref<std::optional<APFloat>(Attribute, int64_t)>;
  /// One generic computing two tensors from each element of `tensor`, or
  /// two constants (`constantFirst`, `constantSecond` of each element) when
  /// `tensor` is a view of one.
  std::pair<Value, Value> splitElements(Value tensor, Type partType,
                                        SplitFn split,
                                        ConstantElementFn constantFirst,
                                        ConstantElementFn constantSecond);
  /// `tensor` computed at compile time as a constant of `elementType`, whose
  /// element k is `element` of the position of element k of `tensor` in the
  /// constant it views; null when `tensor` is no view of a constant. The
  /// ops that computed `tensor` are left to the pass, which erases them with
  /// the rest of the replaced computation (and knows which it erased).
  Value foldConstant(Value tensor, Type elementType, ConstantElementFn element);
  /// foldConstant for an elementwise `element`, which commutes with slicing:
  /// a slice of a constant with dynamic sizes (a table cut to the sequence
  /// length) becomes the same slice of the folded constant.
  Value foldElementwise(Value tensor, Type elementType,
                        ConstantElementFn element);

  FailureOr<Presented> presentRead(const TableRead &read, bool hasColumns,
                                   bool allowGather);
  /// Exactly the elements `read` reads, gathered into a table over `dims`
  /// (with `columns` channels when set).
  FailureOr<Presented> gatherRead(const TableRead &read,
                                  ArrayRef<unsigned> dims,
                                  std::optional<int64_t> columns);
  FailureOr<Presented> presentPositions(const PositionSource &position);
  FailureOr<Value> presentInput();
  FailureOr<Presented> buildFreqs();
  FailureOr<Presented> buildSectionPositions();

  RewriterBase &rewriter;
  RotationMatch &match;
  ElementEvaluator &ev;
  std::string &reason;
  MLIRContext *ctx;
  Location loc;
};

OpFoldResult RotationBuilder::leadSize(unsigned d) {
  int64_t size = match.leadShape[d];
  if (!ShapedType::isDynamic(size))
    return rewriter.getIndexAttr(size);
  // Every dynamic leading dim is a dim of x (the matcher checks it). It is
  // read off a function argument (else an index value) the block's ops
  // force equal to it when there is one: q and k then size their tables
  // alike and share one rope.rotate.
  const InputView &input = match.input;
  for (auto [p, e] : llvm::enumerate(input.leadIndices)) {
    auto dim = dyn_cast<AffineDimExpr>(e);
    if (!dim || dim.getPosition() != d)
      continue;
    // The rope ops go before the rotation's own op (or into ops there).
    Operation *at = match.value.getDefiningOp();
    if (auto shared = at ? findSharedExtent(input.tensor, p, at) : std::nullopt)
      return shared->size ? shared->size
                          : tensor::DimOp::create(rewriter, loc, shared->tensor,
                                                  shared->dim)
                                .getResult();
    return tensor::DimOp::create(rewriter, loc, input.tensor, p).getResult();
  }
  llvm_unreachable("a dynamic leading dim that x does not index");
}

SmallVector<Value> RotationBuilder::dynamicSizes(ArrayRef<unsigned> dims) {
  SmallVector<Value> sizes;
  for (unsigned d : dims)
    if (ShapedType::isDynamic(match.leadShape[d]))
      sizes.push_back(cast<Value>(leadSize(d)));
  return sizes;
}

/// The tensor dim a table's extent along frame dim d can take: when every
/// read the table makes that depends on d reads one tensor at index exactly
/// d in one dim, that dim's size bounds every index the table uses (the IR
/// reads it for all of x's extent), and q and k share it.
static std::optional<std::pair<Value, int64_t>>
tableExtentSource(ElementEvaluator &ev, const TableSpec &spec, unsigned d) {
  std::optional<std::pair<Value, int64_t>> found;
  bool ok = true;
  auto uses = [&](AffineExpr e) {
    bool use = false;
    e.walk([&](AffineExpr sub) {
      if (auto dim = dyn_cast<AffineDimExpr>(sub))
        use |= dim.getPosition() == d;
    });
    return use;
  };
  std::function<void(const Expr *)> visitExpr;
  auto visitIndex = [&](Value tensor, int64_t k, AffineExpr e) {
    auto dim = dyn_cast<AffineDimExpr>(e);
    if (dim && dim.getPosition() == d) {
      if (found && *found != std::make_pair(tensor, k))
        ok = false;
      found = std::make_pair(tensor, k);
    } else if (uses(e)) {
      ok = false;
    }
    e.walk([&](AffineExpr sub) {
      if (auto s = dyn_cast<AffineSymbolExpr>(sub))
        visitExpr(ev.getSymbolExpr(s.getPosition()));
    });
  };
  visitExpr = [&](const Expr *n) {
    if (n->kind == ExprKind::Read)
      for (auto [k, i] : llvm::enumerate(n->indices))
        visitIndex(n->value, k, i);
    if (n->isInt() && uses(n->affine))
      ok = false;
    for (const Expr *o : n->operands)
      visitExpr(o);
  };
  for (const TableRead *read : {&spec.angles, &spec.cos, &spec.sin})
    if (read->tensor)
      for (auto [k, e] : llvm::enumerate(read->rows))
        visitIndex(read->tensor, k, e);
  for (const FrequencyAxis &axis : spec.axes) {
    const PositionSource &p = axis.position;
    if (p.kind == PositionSource::Kind::Tensor)
      for (auto [k, e] : llvm::enumerate(p.read.rows))
        visitIndex(p.read.tensor, k, e);
    else if (p.kind == PositionSource::Kind::Iota)
      ok &= !uses(p.iota);
    else
      visitExpr(p.expr);
  }
  if (!ok)
    return std::nullopt;
  return found;
}

SmallVector<Value> RotationBuilder::tableSizes(ArrayRef<unsigned> dims) {
  SmallVector<Value> sizes;
  for (unsigned d : dims) {
    if (!ShapedType::isDynamic(match.leadShape[d]))
      continue;
    std::optional<std::pair<Value, int64_t>> source =
        tableExtentSource(ev, match.table, d);
    auto type =
        source ? dyn_cast<RankedTensorType>(source->first.getType()) : nullptr;
    if (type && type.isDynamicDim(source->second))
      sizes.push_back(
          tensor::DimOp::create(rewriter, loc, source->first, source->second));
    else
      sizes.push_back(cast<Value>(leadSize(d)));
  }
  return sizes;
}

//===----------------------------------------------------------------------===//
// Emitting expressions
//===----------------------------------------------------------------------===//

void RotationBuilder::collectDims(AffineExpr e,
                                  llvm::SmallSetVector<unsigned, 4> &dims) {
  e.walk([&](AffineExpr sub) {
    if (auto d = dyn_cast<AffineDimExpr>(sub))
      dims.insert(d.getPosition());
    else if (auto s = dyn_cast<AffineSymbolExpr>(sub))
      collectDims(ev.getSymbolExpr(s.getPosition()), dims);
  });
}

void RotationBuilder::collectDims(const Expr *e,
                                  llvm::SmallSetVector<unsigned, 4> &dims) {
  if (e->isInt())
    collectDims(e->affine, dims);
  for (AffineExpr i : e->indices)
    collectDims(i, dims);
  for (const Expr *o : e->operands)
    collectDims(o, dims);
}

SmallVector<unsigned>
RotationBuilder::sortedDims(const llvm::SmallSetVector<unsigned, 4> &s) {
  SmallVector<unsigned> dims(s.begin(), s.end());
  llvm::sort(dims);
  return dims;
}

FailureOr<Value> RotationBuilder::emitIndex(OpBuilder &b, AffineExpr e,
                                            EmitScope &scope) {
  if (auto c = dyn_cast<AffineConstantExpr>(e))
    return arith::ConstantIndexOp::create(b, loc, c.getValue()).getResult();
  if (auto d = dyn_cast<AffineDimExpr>(e)) {
    if (!scope.dims[d.getPosition()])
      return failure();
    return scope.dims[d.getPosition()];
  }
  // Renumber the dims and symbols e uses into one compact affine.apply.
  SmallVector<Value> operands;
  SmallVector<AffineExpr> dimReplacements(scope.dims.size());
  SmallVector<AffineExpr> symReplacements(ev.getNumSymbols());
  unsigned numDims = 0;
  bool ok = true;
  e.walk([&](AffineExpr sub) {
    if (auto d = dyn_cast<AffineDimExpr>(sub)) {
      if (dimReplacements[d.getPosition()])
        return;
      if (!scope.dims[d.getPosition()]) {
        ok = false;
        return;
      }
      dimReplacements[d.getPosition()] = getAffineDimExpr(numDims++, ctx);
      operands.push_back(scope.dims[d.getPosition()]);
    }
  });
  if (!ok)
    return failure();
  unsigned numSyms = 0;
  SmallVector<Value> symOperands;
  e.walk([&](AffineExpr sub) {
    auto s = dyn_cast<AffineSymbolExpr>(sub);
    if (!s || symReplacements[s.getPosition()] || !ok)
      return;
    FailureOr<Value> v = emit(b, ev.getSymbolExpr(s.getPosition()), scope);
    if (failed(v) || !isa<IntegerType, IndexType>(v->getType())) {
      ok = false;
      return;
    }
    Value index = *v;
    if (!index.getType().isIndex())
      index = arith::IndexCastOp::create(b, loc, b.getIndexType(), index);
    symReplacements[s.getPosition()] = getAffineSymbolExpr(numSyms++, ctx);
    symOperands.push_back(index);
  });
  if (!ok)
    return failure();
  for (AffineExpr &r : dimReplacements)
    if (!r)
      r = getAffineConstantExpr(0, ctx);
  for (AffineExpr &r : symReplacements)
    if (!r)
      r = getAffineConstantExpr(0, ctx);
  AffineExpr compact =
      e.replaceDimsAndSymbols(dimReplacements, symReplacements);
  operands.append(symOperands);
  return affine::AffineApplyOp::create(
             b, loc, AffineMap::get(numDims, numSyms, compact), operands)
      .getResult();
}

FailureOr<Value> RotationBuilder::emit(OpBuilder &b, const Expr *e,
                                       EmitScope &scope) {
  auto it = scope.cache.find(e);
  if (it != scope.cache.end())
    return it->second;
  FailureOr<Value> result = failure();
  switch (e->kind) {
  case ExprKind::Float:
    result = arith::ConstantOp::create(b, loc, cast<FloatAttr>(e->payload))
                 .getResult();
    break;
  case ExprKind::Int: {
    if (std::optional<int64_t> c = e->getConstantInt()) {
      result = arith::ConstantOp::create(b, loc, e->type,
                                         b.getIntegerAttr(e->type, *c))
                   .getResult();
      break;
    }
    FailureOr<Value> index = emitIndex(b, e->affine, scope);
    if (failed(index))
      return failure();
    result =
        e->type.isIndex()
            ? *index
            : arith::IndexCastOp::create(b, loc, e->type, *index).getResult();
    break;
  }
  case ExprKind::Read: {
    if (e->indices.empty()) {
      result = e->value;
      break;
    }
    SmallVector<Value> indices;
    for (AffineExpr i : e->indices) {
      FailureOr<Value> v = emitIndex(b, i, scope);
      if (failed(v))
        return failure();
      indices.push_back(*v);
    }
    result = tensor::ExtractOp::create(b, loc, e->value, indices).getResult();
    break;
  }
  case ExprKind::Op: {
    SmallVector<Value> operands;
    for (const Expr *o : e->operands) {
      FailureOr<Value> v = emit(b, o, scope);
      if (failed(v))
        return failure();
      operands.push_back(*v);
    }
    switch (e->opcode) {
    case Opcode::AddF:
      result =
          arith::AddFOp::create(b, loc, operands[0], operands[1]).getResult();
      break;
    case Opcode::SubF:
      result =
          arith::SubFOp::create(b, loc, operands[0], operands[1]).getResult();
      break;
    case Opcode::MulF:
      result =
          arith::MulFOp::create(b, loc, operands[0], operands[1]).getResult();
      break;
    case Opcode::DivF:
      result =
          arith::DivFOp::create(b, loc, operands[0], operands[1]).getResult();
      break;
    case Opcode::NegF:
      result = arith::NegFOp::create(b, loc, operands[0]).getResult();
      break;
    case Opcode::ExtF:
      result = arith::ExtFOp::create(b, loc, e->type, operands[0]).getResult();
      break;
    case Opcode::TruncF:
      result =
          arith::TruncFOp::create(b, loc, e->type, operands[0]).getResult();
      break;
    case Opcode::SIToFP:
    case Opcode::UIToFP: {
      Value x = operands[0];
      if (x.getType().isIndex())
        x = arith::IndexCastOp::create(b, loc, b.getI64Type(), x);
      result = e->opcode == Opcode::SIToFP
                   ? arith::SIToFPOp::create(b, loc, e->type, x).getResult()
                   : arith::UIToFPOp::create(b, loc, e->type, x).getResult();
      break;
    }
    case Opcode::Cos:
      result = math::CosOp::create(b, loc, operands[0]).getResult();
      break;
    case Opcode::Sin:
      result = math::SinOp::create(b, loc, operands[0]).getResult();
      break;
    case Opcode::Select:
      result =
          arith::SelectOp::create(b, loc, operands[0], operands[1], operands[2])
              .getResult();
      break;
    case Opcode::Other: {
      auto info = cast<ArrayAttr>(e->payload);
      if (cast<IntegerAttr>(info[2]).getInt() != 0)
        return failure();
      OperationState state(loc, cast<StringAttr>(info[0]).getValue());
      state.addOperands(operands);
      state.addTypes(e->type);
      state.addAttributes(cast<DictionaryAttr>(info[1]).getValue());
      Operation *op = b.create(state);
      if (op->getNumResults() != 1)
        return failure();
      result = op->getResult(0);
      break;
    }
    default:
      return failure();
    }
    break;
  }
  default:
    return failure();
  }
  if (succeeded(result))
    scope.cache[e] = *result;
  return result;
}

FailureOr<Value> RotationBuilder::materialize(ArrayRef<unsigned> dims,
                                              std::optional<int64_t> columns,
                                              Type elementType, BodyFn body) {
  SmallVector<int64_t> shape;
  for (unsigned d : dims)
    shape.push_back(match.leadShape[d]);
  if (columns)
    shape.push_back(*columns);
  Value init = tensor::EmptyOp::create(rewriter, loc, shape, elementType,
                                       tableSizes(dims));
  auto type = RankedTensorType::get(shape, elementType);
  SmallVector<AffineMap> maps = {rewriter.getMultiDimIdentityMap(shape.size())};
  SmallVector<utils::IteratorType> iterators(shape.size(),
                                             utils::IteratorType::parallel);
  auto generic =
      linalg::GenericOp::create(rewriter, loc, TypeRange{type}, ValueRange{},
                                ValueRange{init}, maps, iterators);
  OpBuilder::InsertionGuard guard(rewriter);
  Block *block =
      rewriter.createBlock(&generic.getRegion(), {}, {elementType}, {loc});
  rewriter.setInsertionPointToStart(block);
  EmitScope scope;
  scope.dims.assign(numLead(), Value());
  for (auto [k, d] : llvm::enumerate(dims))
    scope.dims[d] = linalg::IndexOp::create(rewriter, loc, k);
  Value column =
      columns ? linalg::IndexOp::create(rewriter, loc, dims.size()).getResult()
              : Value();
  FailureOr<Value> value = body(rewriter, scope, column);
  if (failed(value) || value->getType() != elementType) {
    rewriter.eraseOp(generic);
    rewriter.eraseOp(init.getDefiningOp());
    return failure();
  }
  linalg::YieldOp::create(rewriter, loc, *value);
  return generic.getResult(0);
}

/// Folding a table into a constant makes a copy of it; a table larger than
/// this stays computed.
static constexpr int64_t kMaxFoldedElements = int64_t(1) << 22;

/// Where each element (row-major) of `tensor` is in a constant attribute,
/// when `tensor` is a constant seen through static slices, reshapes, casts
/// and copies: tables are often a slice of a constant buffer (Meta's
/// freqs_cis, a cos/sin cache).
struct ConstantView {
  Attribute attr;
  SmallVector<int64_t> positions;
};

static std::optional<ConstantView> getConstantView(Value tensor) {
  auto type = dyn_cast<RankedTensorType>(tensor.getType());
  Operation *def = tensor.getDefiningOp();
  if (!def || !type || !type.hasStaticShape() ||
      type.getNumElements() > kMaxFoldedElements)
    return std::nullopt;
  Attribute attr;
  if (matchPattern(def, m_Constant(&attr))) {
    if (!isa<ElementsAttr>(attr))
      return std::nullopt;
    return ConstantView{
        attr, llvm::to_vector(llvm::seq<int64_t>(0, type.getNumElements()))};
  }
  // Reshapes keep the row-major order of the elements.
  if (isa<tensor::CastOp, tensor::ExpandShapeOp, tensor::CollapseShapeOp>(def))
    return getConstantView(def->getOperand(0));
  if (auto copy = dyn_cast<linalg::CopyOp>(def))
    return getConstantView(copy.getInputs()[0]);
  auto slice = dyn_cast<tensor::ExtractSliceOp>(def);
  if (!slice)
    return std::nullopt;
  std::optional<ConstantView> source = getConstantView(slice.getSource());
  ArrayRef<int64_t> offsets = slice.getStaticOffsets();
  ArrayRef<int64_t> sizes = slice.getStaticSizes();
  ArrayRef<int64_t> strides = slice.getStaticStrides();
  if (!source || llvm::any_of(offsets, ShapedType::isDynamic) ||
      llvm::any_of(sizes, ShapedType::isDynamic) ||
      llvm::any_of(strides, ShapedType::isDynamic))
    return std::nullopt;
  // The slice's elements in row-major order of its unreduced sizes (the
  // dims a rank-reducing slice drops have size 1).
  ArrayRef<int64_t> sourceShape = slice.getSourceType().getShape();
  ConstantView view{source->attr, {}};
  SmallVector<int64_t> at(sizes.size(), 0);
  for (int64_t n = 0; n < type.getNumElements(); ++n) {
    int64_t linear = 0;
    for (size_t d = 0; d < sizes.size(); ++d)
      linear = linear * sourceShape[d] + offsets[d] + at[d] * strides[d];
    view.positions.push_back(source->positions[linear]);
    for (int64_t d = sizes.size() - 1; d >= 0 && ++at[d] == sizes[d]; --d)
      at[d] = 0;
  }
  return view;
}

Value RotationBuilder::foldConstant(Value tensor, Type elementType,
                                    ConstantElementFn element) {
  std::optional<ConstantView> view = getConstantView(tensor);
  if (!view || !isa<FloatType>(elementType))
    return Value();
  SmallVector<APFloat> values;
  for (int64_t position : view->positions) {
    std::optional<APFloat> v = element(view->attr, position);
    if (!v)
      return Value();
    values.push_back(*v);
  }
  auto type = RankedTensorType::get(
      cast<RankedTensorType>(tensor.getType()).getShape(), elementType);
  return arith::ConstantOp::create(rewriter, loc, type,
                                   DenseElementsAttr::get(type, values));
}

/// `value` rounded to `type` as arith.extf/truncf round.
static APFloat convertFloat(APFloat value, Type type) {
  bool lost;
  value.convert(cast<FloatType>(type).getFloatSemantics(),
                APFloat::rmNearestTiesToEven, &lost);
  return value;
}

Value RotationBuilder::foldElementwise(Value tensor, Type elementType,
                                       ConstantElementFn element) {
  if (Value folded = foldConstant(tensor, elementType, element))
    return folded;
  auto slice = tensor.getDefiningOp<tensor::ExtractSliceOp>();
  if (!slice)
    return Value();
  Value source = foldElementwise(slice.getSource(), elementType, element);
  if (!source)
    return Value();
  auto type = RankedTensorType::get(slice.getType().getShape(), elementType);
  return tensor::ExtractSliceOp::create(
      rewriter, loc, type, source, slice.getMixedOffsets(),
      slice.getMixedSizes(), slice.getMixedStrides());
}

std::pair<Value, Value>
RotationBuilder::splitElements(Value tensor, Type partType, SplitFn split,
                               ConstantElementFn constantFirst,
                               ConstantElementFn constantSecond) {
  auto type = cast<RankedTensorType>(tensor.getType());
  if (Value first = foldElementwise(tensor, partType, constantFirst))
    if (Value second = foldElementwise(tensor, partType, constantSecond))
      return {first, second};
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      sizes.push_back(tensor::DimOp::create(rewriter, loc, tensor, d));
  auto partTensor = RankedTensorType::get(type.getShape(), partType);
  Value init0 =
      tensor::EmptyOp::create(rewriter, loc, type.getShape(), partType, sizes);
  Value init1 =
      tensor::EmptyOp::create(rewriter, loc, type.getShape(), partType, sizes);
  AffineMap id = rewriter.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      rewriter, loc, TypeRange{partTensor, partTensor}, ValueRange{tensor},
      ValueRange{init0, init1}, ArrayRef<AffineMap>{id, id, id}, iterators,
      [&](OpBuilder &b, Location l, ValueRange args) {
        auto [first, second] = split(b, l, args[0]);
        linalg::YieldOp::create(b, l, ValueRange{first, second});
      });
  return {generic.getResult(0), generic.getResult(1)};
}

Value RotationBuilder::contiguous(Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  if (Value folded = foldConstant(tensor, type.getElementType(),
                                  [](Attribute attr, int64_t position) {
                                    return readConstantFloat(attr, position);
                                  })) {
    return folded;
  }
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      sizes.push_back(tensor::DimOp::create(rewriter, loc, tensor, d));
  Value init = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                       type.getElementType(), sizes);
  return linalg::CopyOp::create(rewriter, loc, tensor, init).getResult(0);
}

Value RotationBuilder::convertElements(Value tensor, Type elementType) {
  auto type = cast<RankedTensorType>(tensor.getType());
  if (type.getElementType() == elementType)
    return tensor;
  if (Value folded = foldElementwise(
          tensor, elementType,
          [&](Attribute attr, int64_t position) -> std::optional<APFloat> {
            std::optional<APFloat> v = readConstantFloat(attr, position);
            if (!v)
              return std::nullopt;
            return convertFloat(*v, elementType);
          })) {
    return folded;
  }
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      sizes.push_back(tensor::DimOp::create(rewriter, loc, tensor, d));
  Value init = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                       elementType, sizes);
  AffineMap id = rewriter.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  bool widen = elementType.getIntOrFloatBitWidth() >
               type.getElementType().getIntOrFloatBitWidth();
  return linalg::GenericOp::create(
             rewriter, loc, TypeRange{init.getType()}, ValueRange{tensor},
             ValueRange{init}, ArrayRef<AffineMap>{id, id}, iterators,
             [&](OpBuilder &b, Location l, ValueRange args) {
               Value v =
                   widen ? arith::ExtFOp::create(b, l, elementType, args[0])
                               .getResult()
                         : arith::TruncFOp::create(b, l, elementType, args[0])
                               .getResult();
               linalg::YieldOp::create(b, l, v);
             })
      .getResult(0);
}

//===----------------------------------------------------------------------===//
// Presenting tensors
//===----------------------------------------------------------------------===//

FailureOr<Presented> RotationBuilder::presentRead(const TableRead &read,
                                                  bool hasColumns,
                                                  bool allowGather) {
  auto type = cast<RankedTensorType>(read.tensor.getType());
  ArrayRef<int64_t> shape = type.getShape();
  unsigned numRows = read.rows.size();

  // The tensor itself with a table map, sliced if it is larger than read.
  SmallVector<OpFoldResult> offsets, sizes, strides;
  SmallVector<int64_t> resultShape;
  Presented direct;
  bool isDirect = true, needsSlice = false;
  // (result dim, leading dim) of the rows cut to a dynamic leading dim.
  SmallVector<std::pair<unsigned, unsigned>> trimmed;
  llvm::SmallBitVector used(numLead());
  for (unsigned k = 0; k < numRows && isDirect; ++k) {
    AffineExpr e = read.rows[k];
    if (auto d = dyn_cast<AffineDimExpr>(e); d && !used.test(d.getPosition())) {
      used.set(d.getPosition());
      int64_t n = match.leadShape[d.getPosition()];
      offsets.push_back(rewriter.getIndexAttr(0));
      strides.push_back(rewriter.getIndexAttr(1));
      if (ShapedType::isDynamic(n) && !ShapedType::isDynamic(shape[k])) {
        // rope.rotate needs the table row dims equal to the input dims they
        // map from; a static table read at a dynamic dim (a cache cut to the
        // sequence length) is cut to it after any column slice.
        trimmed.push_back({resultShape.size(), d.getPosition()});
        sizes.push_back(rewriter.getIndexAttr(shape[k]));
        resultShape.push_back(shape[k]);
      } else if (!ShapedType::isDynamic(n) &&
                 !ShapedType::isDynamic(shape[k]) && shape[k] != n) {
        if (shape[k] < n) {
          isDirect = false;
          break;
        }
        needsSlice = true;
        sizes.push_back(rewriter.getIndexAttr(n));
        resultShape.push_back(n);
      } else {
        // Dynamic sizes are filled in below, only if a slice is needed.
        sizes.push_back(ShapedType::isDynamic(shape[k])
                            ? OpFoldResult()
                            : rewriter.getIndexAttr(shape[k]));
        resultShape.push_back(shape[k]);
      }
      direct.map.push_back(e);
      continue;
    }
    auto c = dyn_cast<AffineConstantExpr>(e);
    if (!c || c.getValue() < 0 || ShapedType::isDynamic(shape[k]) ||
        c.getValue() >= shape[k]) {
      isDirect = false;
      break;
    }
    offsets.push_back(rewriter.getIndexAttr(c.getValue()));
    sizes.push_back(rewriter.getIndexAttr(1));
    strides.push_back(rewriter.getIndexAttr(1));
    if (shape[k] == 1 && c.getValue() == 0) {
      // A broadcast row: keep the unit dim and map it with 0.
      resultShape.push_back(1);
      direct.map.push_back(e);
    } else {
      needsSlice = true;
    }
  }
  if (isDirect) {
    if (hasColumns) {
      offsets.push_back(rewriter.getIndexAttr(read.start));
      sizes.push_back(rewriter.getIndexAttr(read.count));
      strides.push_back(rewriter.getIndexAttr(read.stride));
      resultShape.push_back(read.count);
      needsSlice |=
          read.start != 0 || read.stride != 1 || shape.back() != read.count;
    }
    direct.tensor = read.tensor;
    if (needsSlice) {
      for (auto [k, size] : llvm::enumerate(sizes))
        if (!size)
          size =
              tensor::DimOp::create(rewriter, loc, read.tensor, k).getResult();
      auto sliceType =
          RankedTensorType::get(resultShape, type.getElementType());
      direct.tensor = tensor::ExtractSliceOp::create(
          rewriter, loc, sliceType, read.tensor, offsets, sizes, strides);
      if (hasColumns && read.stride != 1)
        direct.tensor = contiguous(direct.tensor);
    }
    if (!trimmed.empty()) {
      auto tableType = cast<RankedTensorType>(direct.tensor.getType());
      SmallVector<OpFoldResult> cutSizes =
          tensor::getMixedSizes(rewriter, loc, direct.tensor);
      SmallVector<int64_t> cutShape(tableType.getShape());
      for (auto [r, d] : trimmed) {
        cutSizes[r] = leadSize(d);
        cutShape[r] = ShapedType::kDynamic;
      }
      direct.tensor = tensor::ExtractSliceOp::create(
          rewriter, loc,
          RankedTensorType::get(cutShape, tableType.getElementType()),
          direct.tensor,
          SmallVector<OpFoldResult>(cutShape.size(), rewriter.getIndexAttr(0)),
          cutSizes,
          SmallVector<OpFoldResult>(cutShape.size(), rewriter.getIndexAttr(1)));
    }
    return direct;
  }

  // A table whose row is loaded from a positions tensor, the other row
  // indices constant: sliced to [P, K] and gathered.
  std::optional<unsigned> gatherDim;
  bool gatherable = allowGather && hasColumns;
  for (auto [k, e] : llvm::enumerate(read.rows)) {
    if (isa<AffineSymbolExpr>(e) && !gatherDim)
      gatherDim = k;
    else if (!isa<AffineConstantExpr>(e))
      gatherable = false;
  }
  if (gatherable && gatherDim) {
    auto s = cast<AffineSymbolExpr>(read.rows[*gatherDim]);
    const Expr *loaded = ev.getSymbolExpr(s.getPosition());
    if (loaded->kind == ExprKind::Read && !loaded->indices.empty() &&
        isa<IntegerType, IndexType>(loaded->type)) {
      TableRead positions{loaded->value, loaded->indices, 0, 1, 0};
      FailureOr<Presented> p = presentRead(positions, false, false);
      if (succeeded(p) && !p->length) {
        Presented gathered;
        gathered.map = p->map;
        gathered.gather = p->tensor;
        gathered.tensor = read.tensor;
        bool whole = numRows == 1 && read.start == 0 && read.stride == 1 &&
                     shape.back() == read.count;
        if (!whole) {
          SmallVector<OpFoldResult> offsets, sizes, strides;
          for (auto [k, e] : llvm::enumerate(read.rows)) {
            strides.push_back(rewriter.getIndexAttr(1));
            if (k == *gatherDim) {
              offsets.push_back(rewriter.getIndexAttr(0));
              sizes.push_back(
                  ShapedType::isDynamic(shape[k])
                      ? OpFoldResult(
                            tensor::DimOp::create(rewriter, loc, read.tensor, k)
                                .getResult())
                      : rewriter.getIndexAttr(shape[k]));
              continue;
            }
            offsets.push_back(
                rewriter.getIndexAttr(cast<AffineConstantExpr>(e).getValue()));
            sizes.push_back(rewriter.getIndexAttr(1));
          }
          offsets.push_back(rewriter.getIndexAttr(read.start));
          sizes.push_back(rewriter.getIndexAttr(read.count));
          strides.push_back(rewriter.getIndexAttr(read.stride));
          gathered.tensor = tensor::ExtractSliceOp::create(
              rewriter, loc,
              RankedTensorType::get({shape[*gatherDim], read.count},
                                    type.getElementType()),
              read.tensor, offsets, sizes, strides);
          if (read.stride != 1)
            gathered.tensor = contiguous(gathered.tensor);
        }
        return gathered;
      }
    }
  }

  // Gather exactly the elements read into a table over the dims they use.
  llvm::SmallSetVector<unsigned, 4> dimSet;
  for (AffineExpr e : read.rows)
    collectDims(e, dimSet);
  SmallVector<unsigned> dims = sortedDims(dimSet);
  return gatherRead(read, dims,
                    hasColumns ? std::optional<int64_t>(read.count)
                               : std::nullopt);
}

FailureOr<Presented>
RotationBuilder::gatherRead(const TableRead &read, ArrayRef<unsigned> dims,
                            std::optional<int64_t> columns) {
  Type elementType =
      cast<RankedTensorType>(read.tensor.getType()).getElementType();
  FailureOr<Value> table = materialize(
      dims, columns, elementType,
      [&](OpBuilder &b, EmitScope &scope, Value column) -> FailureOr<Value> {
        SmallVector<Value> indices;
        for (AffineExpr e : read.rows) {
          FailureOr<Value> v = emitIndex(b, e, scope);
          if (failed(v))
            return failure();
          indices.push_back(*v);
        }
        if (column) {
          AffineExpr c = getAffineDimExpr(0, ctx) * read.stride + read.start;
          indices.push_back(affine::AffineApplyOp::create(
              b, loc, AffineMap::get(1, 0, c), ValueRange{column}));
        }
        return tensor::ExtractOp::create(b, loc, read.tensor, indices)
            .getResult();
      });
  if (failed(table))
    return failure();
  Presented p;
  p.tensor = *table;
  for (unsigned d : dims)
    p.map.push_back(getAffineDimExpr(d, ctx));
  return p;
}

FailureOr<Presented>
RotationBuilder::presentPositions(const PositionSource &position) {
  if (position.kind == PositionSource::Kind::Tensor)
    return presentRead(position.read, /*hasColumns=*/false,
                       /*allowGather=*/false);
  llvm::SmallSetVector<unsigned, 4> dimSet;
  if (position.kind == PositionSource::Kind::Iota) {
    if (auto d = dyn_cast<AffineDimExpr>(position.iota)) {
      int64_t n = match.leadShape[d.getPosition()];
      if (!ShapedType::isDynamic(n)) {
        Presented p;
        p.length = n;
        p.map.push_back(position.iota);
        return p;
      }
    }
    collectDims(position.iota, dimSet);
  } else {
    collectDims(position.expr, dimSet);
  }
  SmallVector<unsigned> dims = sortedDims(dimSet);
  Type elementType = position.kind == PositionSource::Kind::Iota
                         ? Type(rewriter.getI64Type())
                         : position.expr->type;
  FailureOr<Value> tensor = materialize(
      dims, std::nullopt, elementType,
      [&](OpBuilder &b, EmitScope &scope, Value) -> FailureOr<Value> {
        if (position.kind == PositionSource::Kind::Expr)
          return emit(b, position.expr, scope);
        FailureOr<Value> index = emitIndex(b, position.iota, scope);
        if (failed(index))
          return failure();
        return arith::IndexCastOp::create(b, loc, b.getI64Type(), *index)
            .getResult();
      });
  if (failed(tensor))
    return failure();
  Presented p;
  p.tensor = *tensor;
  for (unsigned d : dims)
    p.map.push_back(getAffineDimExpr(d, ctx));
  return p;
}

FailureOr<Value> RotationBuilder::presentInput() {
  // x's leading dims are frame dims or unit dims read at 0 (see InputView):
  // drop those unit dims, transpose into the frame's order, and insert the
  // frame's unit dims x lacks. All views but the transpose.
  const InputView &input = match.input;
  Value x = input.tensor;
  auto type = cast<RankedTensorType>(x.getType());
  unsigned lead = input.leadIndices.size();
  if (input.numChannelDims > 1) {
    SmallVector<ReassociationIndices> groups;
    for (unsigned d = 0; d < lead; ++d)
      groups.push_back({d});
    ReassociationIndices channels;
    for (unsigned d = lead; d < type.getRank(); ++d)
      channels.push_back(d);
    groups.push_back(channels);
    x = tensor::CollapseShapeOp::create(rewriter, loc, x, groups);
    type = cast<RankedTensorType>(x.getType());
  }

  // The frame dim each dim of x is: the one it is indexed by, or for a unit
  // dim read at 0 the next frame unit dim no other dim of x is (-1: none).
  SmallVector<int64_t> target(lead, -1);
  llvm::SmallBitVector covered(numLead());
  for (auto [p, e] : llvm::enumerate(input.leadIndices))
    if (auto d = dyn_cast<AffineDimExpr>(e)) {
      target[p] = d.getPosition();
      covered.set(d.getPosition());
    }
  unsigned nextUnit = 0;
  for (unsigned p = 0; p < lead; ++p) {
    if (target[p] >= 0)
      continue;
    while (nextUnit < numLead() &&
           (covered.test(nextUnit) || match.leadShape[nextUnit] != 1))
      ++nextUnit;
    if (nextUnit < numLead()) {
      target[p] = nextUnit;
      covered.set(nextUnit++);
    }
  }
  SmallVector<unsigned> frameDimOf;
  for (int64_t t : target)
    if (t >= 0)
      frameDimOf.push_back(t);
  if (frameDimOf.size() != lead) {
    SmallVector<OpFoldResult> offsets, sizes, strides;
    SmallVector<int64_t> shape;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      bool dropped = d < lead && target[d] < 0;
      offsets.push_back(rewriter.getIndexAttr(0));
      strides.push_back(rewriter.getIndexAttr(1));
      if (dropped) {
        sizes.push_back(rewriter.getIndexAttr(1));
        continue;
      }
      sizes.push_back(
          type.isDynamicDim(d)
              ? OpFoldResult(
                    tensor::DimOp::create(rewriter, loc, x, d).getResult())
              : rewriter.getIndexAttr(type.getDimSize(d)));
      shape.push_back(type.getDimSize(d));
    }
    x = tensor::ExtractSliceOp::create(
        rewriter, loc, RankedTensorType::get(shape, type.getElementType()), x,
        offsets, sizes, strides);
    type = cast<RankedTensorType>(x.getType());
  }

  // Transpose the kept dims into the frame's order.
  SmallVector<unsigned> sorted(frameDimOf);
  llvm::sort(sorted);
  if (sorted != frameDimOf) {
    SmallVector<int64_t> perm, shape;
    SmallVector<Value> dynamic;
    for (unsigned d : sorted) {
      unsigned from = llvm::find(frameDimOf, d) - frameDimOf.begin();
      perm.push_back(from);
      shape.push_back(type.getDimSize(from));
      if (type.isDynamicDim(from))
        dynamic.push_back(tensor::DimOp::create(rewriter, loc, x, from));
    }
    perm.push_back(frameDimOf.size());
    shape.push_back(match.channels);
    Value init = tensor::EmptyOp::create(rewriter, loc, shape,
                                         type.getElementType(), dynamic);
    x = linalg::TransposeOp::create(rewriter, loc, x, init, perm)
            .getResult()[0];
    type = cast<RankedTensorType>(x.getType());
  }

  // Insert the frame's unit dims that x does not have, each grouped with
  // the next dim x has (the channel dim at the end).
  if (sorted.size() != numLead()) {
    SmallVector<ReassociationIndices> groups(sorted.size() + 1);
    unsigned next = 0;
    for (unsigned d = 0; d <= numLead(); ++d) {
      if (d < numLead() && !llvm::is_contained(sorted, d)) {
        groups[next].push_back(d);
        continue;
      }
      groups[next].push_back(d);
      ++next;
    }
    SmallVector<int64_t> shape(match.leadShape);
    shape.push_back(match.channels);
    SmallVector<OpFoldResult> outputShape;
    for (unsigned d = 0; d < numLead(); ++d)
      outputShape.push_back(leadSize(d));
    outputShape.push_back(rewriter.getIndexAttr(match.channels));
    x = tensor::ExpandShapeOp::create(
        rewriter, loc, RankedTensorType::get(shape, type.getElementType()), x,
        groups, outputShape);
  }
  return x;
}

//===----------------------------------------------------------------------===//
// Frequency tables
//===----------------------------------------------------------------------===//

FailureOr<Presented> RotationBuilder::buildSectionPositions() {
  // positions[rows..., a] = the position of axis a, converted to f32 as
  // rope.freqs converts positions (so the values are identical).
  llvm::SmallSetVector<unsigned, 4> dimSet;
  for (const FrequencyAxis &axis : match.table.axes) {
    const PositionSource &p = axis.position;
    if (p.kind == PositionSource::Kind::Iota)
      collectDims(p.iota, dimSet);
    else if (p.kind == PositionSource::Kind::Tensor)
      for (AffineExpr e : p.read.rows)
        collectDims(e, dimSet);
    else
      collectDims(p.expr, dimSet);
  }
  SmallVector<unsigned> dims = sortedDims(dimSet);
  int64_t numAxes = match.table.axes.size();
  FailureOr<Value> tensor = materialize(
      dims, numAxes, rewriter.getF32Type(),
      [&](OpBuilder &b, EmitScope &scope, Value column) -> FailureOr<Value> {
        Value result;
        for (int64_t a = numAxes - 1; a >= 0; --a) {
          const PositionSource &p = match.table.axes[a].position;
          FailureOr<Value> v = failure();
          if (p.kind == PositionSource::Kind::Expr) {
            v = emit(b, p.expr, scope);
          } else if (p.kind == PositionSource::Kind::Iota) {
            FailureOr<Value> index = emitIndex(b, p.iota, scope);
            if (succeeded(index))
              v = arith::IndexCastOp::create(b, loc, b.getI64Type(), *index)
                      .getResult();
          } else {
            SmallVector<Value> indices;
            for (AffineExpr e : p.read.rows) {
              FailureOr<Value> i = emitIndex(b, e, scope);
              if (failed(i))
                return failure();
              indices.push_back(*i);
            }
            v = tensor::ExtractOp::create(b, loc, p.read.tensor, indices)
                    .getResult();
          }
          if (failed(v))
            return failure();
          Value f =
              v->getType().isF32() ? *v : convertPositionToF32(b, loc, *v);
          if (!result) {
            result = f;
            continue;
          }
          Value isAxis =
              arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, column,
                                    arith::ConstantIndexOp::create(b, loc, a));
          result = arith::SelectOp::create(b, loc, isAxis, f, result);
        }
        return result;
      });
  if (failed(tensor))
    return failure();
  Presented p;
  p.tensor = *tensor;
  for (unsigned d : dims)
    p.map.push_back(getAffineDimExpr(d, ctx));
  return p;
}

FailureOr<Presented> RotationBuilder::buildFreqs() {
  TableSpec &spec = match.table;
  auto freqsOp = [&](Value positions, std::optional<int64_t> length,
                     ArrayRef<float> invFreq, float positionScale,
                     DenseI64ArrayAttr sections, bool interleaved) {
    return FreqsOp::create(
               rewriter, loc, positions,
               length ? rewriter.getI64IntegerAttr(*length) : IntegerAttr(),
               static_cast<uint64_t>(2 * invFreq.size()), APFloat(10000.0),
               ScalingAttrInterface(), APFloat(positionScale),
               DenseF32ArrayAttr::get(ctx, invFreq), sections, interleaved)
        .getResult();
  };

  if (spec.axes.size() == 1) {
    FailureOr<Presented> p = presentPositions(spec.axes[0].position);
    if (failed(p))
      return fail("cannot present the positions");
    Presented table;
    table.tensor = freqsOp(p->tensor, p->length, spec.invFreq,
                           spec.axes[0].position.scale, nullptr, false);
    table.map = p->map;
    return table;
  }

  if (!spec.broadcat) {
    FailureOr<Presented> p = buildSectionPositions();
    if (failed(p))
      return fail("cannot present the multi-axis positions");
    Presented table;
    table.tensor = freqsOp(
        p->tensor, std::nullopt, spec.invFreq, spec.axes[0].position.scale,
        DenseI64ArrayAttr::get(ctx, spec.sections), spec.interleavedSections);
    table.map = p->map;
    return table;
  }

  // One table per grid axis, joined by broadcat.
  SmallVector<Value> tables;
  for (auto [a, axis] : llvm::enumerate(spec.axes)) {
    int64_t length = spec.gridLengths[a];
    ArrayRef<float> invFreq =
        ArrayRef(spec.invFreq).slice(axis.firstSlot, axis.numSlots);
    const PositionSource &p = axis.position;
    Value positions;
    std::optional<int64_t> len;
    if (p.kind == PositionSource::Kind::Iota) {
      len = length;
    } else if (p.kind == PositionSource::Kind::Expr) {
      // positions[c] = the position the IR computes for the tokens at grid
      // coordinate c, evaluated at the first such token, c * inner.
      unsigned dim =
          spec.gridDims.size() == 1 ? spec.gridDims[0] : spec.gridDims[a];
      int64_t inner = spec.gridInner[a];
      Value init =
          tensor::EmptyOp::create(rewriter, loc, {length}, p.expr->type);
      auto generic = linalg::GenericOp::create(
          rewriter, loc, TypeRange{init.getType()}, ValueRange{},
          ValueRange{init}, {rewriter.getMultiDimIdentityMap(1)},
          {utils::IteratorType::parallel});
      OpBuilder::InsertionGuard guard(rewriter);
      Block *block =
          rewriter.createBlock(&generic.getRegion(), {}, {p.expr->type}, {loc});
      rewriter.setInsertionPointToStart(block);
      EmitScope scope;
      scope.dims.assign(numLead(), Value());
      Value c = linalg::IndexOp::create(rewriter, loc, 0);
      scope.dims[dim] =
          inner == 1
              ? c
              : affine::AffineApplyOp::create(
                    rewriter, loc,
                    AffineMap::get(1, 0, getAffineDimExpr(0, ctx) * inner),
                    ValueRange{c})
                    .getResult();
      FailureOr<Value> value = emit(rewriter, p.expr, scope);
      if (failed(value))
        return fail("cannot emit the positions of a grid axis");
      linalg::YieldOp::create(rewriter, loc, *value);
      rewriter.setInsertionPointAfter(generic);
      positions = generic.getResult(0);
    } else {
      positions = p.read.tensor;
      auto type = cast<RankedTensorType>(positions.getType());
      if (type.getDimSize(0) != length) {
        if (!type.isDynamicDim(0) && type.getDimSize(0) < length)
          return fail("a grid axis has fewer positions than tokens");
        positions = tensor::ExtractSliceOp::create(
            rewriter, loc,
            RankedTensorType::get({length}, type.getElementType()), positions,
            ArrayRef<OpFoldResult>{rewriter.getIndexAttr(0)},
            ArrayRef<OpFoldResult>{rewriter.getIndexAttr(length)},
            ArrayRef<OpFoldResult>{rewriter.getIndexAttr(1)});
      }
    }
    tables.push_back(freqsOp(positions, len, invFreq, p.scale, nullptr, false));
  }
  SmallVector<int64_t> gridShape(spec.gridLengths);
  gridShape.push_back(match.rotaryDim / 2);
  Value joined = BroadcatOp::create(
      rewriter, loc, RankedTensorType::get(gridShape, rewriter.getF32Type()),
      tables);
  Presented table;
  if (spec.gridDims.size() == 1 && spec.gridLengths.size() > 1) {
    ReassociationIndices tokens;
    for (unsigned a = 0; a < spec.gridLengths.size(); ++a)
      tokens.push_back(a);
    joined = tensor::CollapseShapeOp::create(
        rewriter, loc, joined,
        ArrayRef<ReassociationIndices>{
            tokens, {static_cast<int64_t>(spec.gridLengths.size())}});
  }
  table.tensor = joined;
  for (unsigned d : spec.gridDims)
    table.map.push_back(getAffineDimExpr(d, ctx));
  return table;
}

//===----------------------------------------------------------------------===//
// The rotation
//===----------------------------------------------------------------------===//

FailureOr<BuiltRotation> RotationBuilder::build() {
  Operation *def = match.value.getDefiningOp();
  rewriter.setInsertionPoint(def);
  auto valueType = cast<RankedTensorType>(match.value.getType());
  Type valueElement = valueType.getElementType();
  Type f32 = rewriter.getF32Type();

  FailureOr<Value> input = presentInput();
  if (failed(input))
    return fail("cannot present the input");
  Value x = *input;
  Type inputElement = cast<RankedTensorType>(x.getType()).getElementType();
  // Rotate in x's type when the value has it; otherwise in f32, rounding
  // once to the value's type.
  Type rotateElement = inputElement == valueElement ? inputElement : f32;
  x = convertElements(x, rotateElement);

  Value angles, cos, sin;
  Presented table;
  TableSpec &spec = match.table;
  switch (spec.kind) {
  case TableSpec::Kind::Freqs: {
    FailureOr<Presented> t = buildFreqs();
    if (failed(t))
      return failure();
    table = *t;
    angles = table.tensor;
    break;
  }
  case TableSpec::Kind::Angles:
  case TableSpec::Kind::AnglesPerElement: {
    FailureOr<Presented> t = presentRead(spec.angles, true, true);
    if (failed(t))
      return fail("cannot present the angle table");
    table = *t;
    Value a = convertElements(table.tensor, f32);
    if (spec.kind == TableSpec::Kind::Angles) {
      angles = a;
      break;
    }
    std::tie(cos, sin) = splitElements(
        a, f32,
        [&](OpBuilder &b, Location l, Value angle) {
          Value c = math::CosOp::create(b, l, angle);
          Value s = math::SinOp::create(b, l, angle);
          return std::make_pair(c, s);
        },
        // Constant angles: cos/sin in f64, rounded once (closer than the
        // 2e-6 rope.rotate promises).
        [&](Attribute attr, int64_t position) -> std::optional<APFloat> {
          std::optional<APFloat> angle = readConstantFloat(attr, position);
          if (!angle)
            return std::nullopt;
          return convertFloat(APFloat(std::cos(angle->convertToDouble())), f32);
        },
        [&](Attribute attr, int64_t position) -> std::optional<APFloat> {
          std::optional<APFloat> angle = readConstantFloat(attr, position);
          if (!angle)
            return std::nullopt;
          return convertFloat(APFloat(std::sin(angle->convertToDouble())), f32);
        });
    break;
  }
  case TableSpec::Kind::ComplexTable: {
    FailureOr<Presented> t = presentRead(spec.angles, true, true);
    if (failed(t))
      return fail("cannot present the complex table");
    table = *t;
    Type part = cast<ComplexType>(getElementTypeOrSelf(t->tensor.getType()))
                    .getElementType();
    // A constant table (freqs_cis is a buffer) is split at compile time:
    // no work in the kernel, and no complex constant left to lower.
    std::tie(cos, sin) = splitElements(
        t->tensor, part,
        [&](OpBuilder &b, Location l, Value z) {
          Value re = complex::ReOp::create(b, l, part, z);
          Value im = complex::ImOp::create(b, l, part, z);
          return std::make_pair(re, im);
        },
        [&](Attribute attr, int64_t position) {
          return readConstantFloat(attr, position, 0);
        },
        [&](Attribute attr, int64_t position) {
          return readConstantFloat(attr, position, 1);
        });
    // rope.rotate takes f32/f16/bf16 tables; an f64 table is rounded once.
    if (!isa<Float32Type, Float16Type, BFloat16Type>(part)) {
      cos = convertElements(cos, f32);
      sin = convertElements(sin, f32);
    }
    break;
  }
  case TableSpec::Kind::CosSin: {
    FailureOr<Presented> c = presentRead(spec.cos, true, true);
    FailureOr<Presented> s = presentRead(spec.sin, true, true);
    if (failed(c) || failed(s))
      return fail("cannot present the cos/sin tables");
    bool agree = c->map == s->map && c->gather == s->gather &&
                 cast<RankedTensorType>(c->tensor.getType()).getShape() ==
                     cast<RankedTensorType>(s->tensor.getType()).getShape();
    if (!agree) {
      // Read at different rows of differently shaped tensors: gather both
      // over the same dims.
      TableRead cr = spec.cos, sr = spec.sin;
      llvm::SmallSetVector<unsigned, 4> dimSet;
      for (AffineExpr e : cr.rows)
        collectDims(e, dimSet);
      for (AffineExpr e : sr.rows)
        collectDims(e, dimSet);
      SmallVector<unsigned> dims = sortedDims(dimSet);
      c = gatherRead(cr, dims, cr.count);
      s = gatherRead(sr, dims, sr.count);
      if (failed(c) || failed(s))
        return fail("cannot present the cos/sin tables");
    }
    table = *c;
    cos = c->tensor;
    sin = s->tensor;
    if (getElementTypeOrSelf(cos.getType()) !=
        getElementTypeOrSelf(sin.getType())) {
      cos = convertElements(cos, f32);
      sin = convertElements(sin, f32);
    }
    break;
  }
  }

  AffineMap map = AffineMap::get(numLead(), 0, table.map, ctx);
  auto rotate = RotateOp::create(
      rewriter, loc, TypeRange{x.getType()}, ValueRange{x}, angles, cos, sin,
      table.gather, /*xpos_positions=*/Value(),
      LayoutAttr::get(ctx, match.layout),
      rewriter.getI64IntegerAttr(match.rotaryDim),
      rewriter.getF32FloatAttr(static_cast<float>(match.scale)),
      rewriter.getAffineMapArrayAttr({map}), /*coords=*/nullptr,
      /*xpos=*/nullptr);
  Value result = convertElements(rotate.getResult(0), valueElement);
  if (match.channelShape.size() > 1) {
    SmallVector<ReassociationIndices> groups;
    for (unsigned d = 0; d < numLead(); ++d)
      groups.push_back({d});
    ReassociationIndices channels;
    for (unsigned d = numLead(); d < valueType.getRank(); ++d)
      channels.push_back(d);
    groups.push_back(channels);
    result =
        tensor::ExpandShapeOp::create(rewriter, loc, valueType, result, groups);
  }
  return BuiltRotation{result, rotate};
}

} // namespace

FailureOr<BuiltRotation> mlir::rope::buildRotation(RewriterBase &rewriter,
                                                   RotationMatch &match,
                                                   std::string &reason) {
  RotationBuilder builder(rewriter, match, reason);
  return builder.build();
}
