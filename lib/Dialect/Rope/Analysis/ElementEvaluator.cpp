//===- ElementEvaluator.cpp - what a tensor element is --------------------===//
//
// eval(tensor, indices) looks through the op that defines the tensor: views
// and data movement map the indices back to their source, elementwise ops and
// linalg bodies are interpreted with the operands' elements, and anything
// else is a leaf read. Every structured op is handled through the LinalgOp
// interface (indexing maps and body), so named ops, generics and K=1
// contractions need no case of their own.
//
//===----------------------------------------------------------------------===//

#include "rope/Dialect/Rope/Analysis/ElementExpr.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::rope;

static bool isZero(const Expr *e) {
  return e->isFloat() && e->getFloat().isZero();
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

/// Whether `v` is defined inside the body of an op that runs it once per
/// element (a linalg body, tensor.generate/pad): such a value differs from
/// element to element, so it cannot be named by the SSA value alone.
static bool definedPerElement(Value v) {
  for (Operation *op = v.getParentRegion()->getParentOp(); op;
       op = op->getParentOp())
    if (isa<linalg::LinalgOp, tensor::GenerateOp, tensor::PadOp>(op))
      return true;
  return false;
}

const Expr *ElementEvaluator::eval(Value tensor, ArrayRef<AffineExpr> indices) {
  if (definedPerElement(tensor))
    return getOpaque(getElementTypeOrSelf(tensor.getType()));
  SmallVector<AffineExpr, 6> idx;
  for (AffineExpr i : indices)
    idx.push_back(simplify(i));
  SmallVector<void *, 6> key = {tensor.getAsOpaquePointer()};
  llvm::hash_code h = llvm::hash_value(tensor.getAsOpaquePointer());
  for (AffineExpr i : idx) {
    key.push_back(const_cast<void *>(i.getAsOpaquePointer()));
    h = llvm::hash_combine(h, i.getAsOpaquePointer());
  }
  auto &bucket = memo[h];
  for (auto &[k, e] : bucket)
    if (k == key)
      return e;

  const Expr *result;
  if (exhausted() || depth > maxDepth) {
    result = leaf(tensor, idx);
  } else {
    ++depth;
    result = evalUncached(tensor, idx);
    --depth;
  }
  memo[h].push_back({key, result});

  auto record = [&](const Expr *node, bool exact) {
    SmallVector<Provenance, 2> &list = provenance[node];
    if (list.size() >= 8)
      return;
    for (const Provenance &p : list)
      if (p.tensor == tensor && ArrayRef(p.indices) == ArrayRef(idx))
        return;
    list.push_back(
        {tensor, SmallVector<AffineExpr>(idx.begin(), idx.end()), exact});
  };
  record(result, /*exact=*/true);
  // The tensor holds an extension exactly, and a truncation of its operand.
  if (result->isOp(Opcode::ExtF))
    record(result->operands[0], /*exact=*/true);
  else if (result->isOp(Opcode::TruncF))
    record(stripRounding(result), /*exact=*/false);
  return result;
}

const Expr *ElementEvaluator::leaf(Value tensor, ArrayRef<AffineExpr> indices) {
  const Expr *read = getRead(tensor, indices);
  if (auto complex = dyn_cast<ComplexType>(read->type))
    return getComplex(complexRe(read), complexIm(read), complex);
  return read;
}

/// A scalar constant attribute as a node.
static const Expr *constantScalar(ElementEvaluator &ev, Attribute attr,
                                  Type type) {
  if (auto f = dyn_cast<FloatAttr>(attr))
    return ev.getFloat(f.getValue(), type);
  if (auto i = dyn_cast<IntegerAttr>(attr)) {
    if (type.isInteger(1))
      return ev.getIntConstant(i.getValue().getBoolValue(), type);
    return ev.getIntConstant(i.getValue().getSExtValue(), type);
  }
  if (auto pair = dyn_cast<ArrayAttr>(attr)) {
    auto complex = dyn_cast<ComplexType>(type);
    if (complex && pair.size() == 2)
      return ev.getComplex(
          constantScalar(ev, pair[0], complex.getElementType()),
          constantScalar(ev, pair[1], complex.getElementType()), complex);
  }
  return nullptr;
}

const Expr *ElementEvaluator::constantElement(Attribute attr,
                                              ArrayRef<int64_t> position,
                                              Type elementType) {
  auto dense = dyn_cast<DenseElementsAttr>(attr);
  if (!dense || !dense.isSplat())
    return nullptr;
  if (isa<FloatType>(elementType))
    return getFloat(dense.getSplatValue<APFloat>(), elementType);
  if (isa<IntegerType, IndexType>(elementType)) {
    APInt v = dense.getSplatValue<APInt>();
    return getIntConstant(elementType.isInteger(1) ? v.getBoolValue()
                                                   : v.getSExtValue(),
                          elementType);
  }
  if (auto complex = dyn_cast<ComplexType>(elementType)) {
    auto v = dense.getSplatValue<std::complex<APFloat>>();
    Type part = complex.getElementType();
    return getComplex(getFloat(v.real(), part), getFloat(v.imag(), part),
                      complex);
  }
  return nullptr;
}

AffineExpr ElementEvaluator::foldResultAsAffine(OpFoldResult value) {
  if (std::optional<int64_t> c = getConstantIntValue(value))
    return getAffineConstantExpr(*c, context);
  return asAffine(evalScalar(cast<Value>(value)));
}

std::optional<bool>
ElementEvaluator::sliceContains(AffineExpr index, AffineExpr offset,
                                OpFoldResult size, int64_t stride,
                                Value sizedTensor, int64_t dim) {
  AffineExpr rel = simplify(index - offset);
  std::optional<int64_t> sizeConst = getConstantIntValue(size);
  auto b = bounds(rel);
  if (stride != 1) {
    auto c = dyn_cast<AffineConstantExpr>(rel);
    if (!c || !sizeConst)
      return std::nullopt;
    int64_t v = c.getValue();
    return v >= 0 && v % stride == 0 && v / stride < *sizeConst;
  }
  if (b && b->second < 0)
    return false;
  if (sizeConst && b) {
    if (b->first >= 0 && b->second < *sizeConst)
      return true;
    if (b->first >= *sizeConst)
      return false;
  }
  // A slice at offset 0 as large as the tensor it is taken from or inserted
  // into holds every valid index.
  auto zero = dyn_cast<AffineConstantExpr>(offset);
  if (zero && zero.getValue() == 0) {
    auto type = cast<RankedTensorType>(sizedTensor.getType());
    if (sizeConst && !type.isDynamicDim(dim))
      return *sizeConst == type.getDimSize(dim) ? std::optional<bool>(true)
                                                : std::nullopt;
    FailureOr<bool> equal = ValueBoundsConstraintSet::areEqual(
        ValueBoundsConstraintSet::Variable(size),
        ValueBoundsConstraintSet::Variable(sizedTensor, dim));
    if (succeeded(equal) && *equal)
      return true;
  }
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Tensor ops
//===----------------------------------------------------------------------===//

/// Sizes of `type`; dynamic dims stay kDynamic.
static ArrayRef<int64_t> shapeOf(Value v) {
  return cast<RankedTensorType>(v.getType()).getShape();
}

const Expr *ElementEvaluator::evalUncached(Value tensor,
                                           ArrayRef<AffineExpr> idx) {
  Operation *def = tensor.getDefiningOp();
  auto type = dyn_cast<RankedTensorType>(tensor.getType());
  if (!def || !type || static_cast<int64_t>(idx.size()) != type.getRank())
    return leaf(tensor, idx);
  Type elementType = type.getElementType();
  MLIRContext *ctx = context;
  auto cst = [&](int64_t v) { return getAffineConstantExpr(v, ctx); };

  return llvm::TypeSwitch<Operation *, const Expr *>(def)
      .Case([&](arith::ConstantOp op) -> const Expr * {
        if (const Expr *e = constantElement(op.getValue(), {}, elementType))
          return e;
        return leaf(tensor, idx);
      })
      .Case([&](tensor::EmptyOp) { return getUndef(elementType); })
      .Case([&](tensor::CastOp op) { return eval(op.getSource(), idx); })
      .Case([&](tensor::SplatOp op) { return evalScalar(op.getInput()); })
      .Case([&](tensor::ExtractSliceOp op) -> const Expr * {
        SmallVector<OpFoldResult> offsets = op.getMixedOffsets();
        SmallVector<OpFoldResult> strides = op.getMixedStrides();
        llvm::SmallBitVector dropped = op.getDroppedDims();
        SmallVector<AffineExpr> src;
        unsigned r = 0;
        for (unsigned k = 0; k < offsets.size(); ++k) {
          AffineExpr off = foldResultAsAffine(offsets[k]);
          if (dropped.test(k)) {
            src.push_back(off);
            continue;
          }
          std::optional<int64_t> stride = getConstantIntValue(strides[k]);
          if (!stride)
            return leaf(tensor, idx);
          src.push_back(off + idx[r++] * *stride);
        }
        return eval(op.getSource(), src);
      })
      .Case([&](tensor::InsertSliceOp op) -> const Expr * {
        SmallVector<OpFoldResult> offsets = op.getMixedOffsets();
        SmallVector<OpFoldResult> sizes = op.getMixedSizes();
        SmallVector<OpFoldResult> strides = op.getMixedStrides();
        llvm::SmallBitVector dropped = op.getDroppedDims();
        SmallVector<AffineExpr> src;
        bool inside = true;
        for (unsigned k = 0; k < idx.size(); ++k) {
          std::optional<int64_t> stride = getConstantIntValue(strides[k]);
          if (!stride)
            return leaf(tensor, idx);
          AffineExpr off = foldResultAsAffine(offsets[k]);
          std::optional<bool> contains =
              sliceContains(idx[k], off, sizes[k], *stride, op.getDest(), k);
          if (!contains)
            return leaf(tensor, idx);
          if (!*contains) {
            inside = false;
            break;
          }
          if (!dropped.test(k))
            src.push_back((idx[k] - off).floorDiv(*stride));
        }
        if (!inside)
          return eval(op.getDest(), idx);
        return eval(op.getSource(), src);
      })
      .Case([&](tensor::ConcatOp op) -> const Expr * {
        int64_t dim = op.getDim();
        auto b = bounds(idx[dim]);
        if (!b)
          return leaf(tensor, idx);
        int64_t offset = 0;
        for (Value input : op.getInputs()) {
          int64_t size = shapeOf(input)[dim];
          if (ShapedType::isDynamic(size))
            return leaf(tensor, idx);
          if (b->first >= offset && b->second < offset + size) {
            SmallVector<AffineExpr> src(idx);
            src[dim] = idx[dim] - offset;
            return eval(input, src);
          }
          if (b->second >= offset && b->first < offset + size)
            return leaf(tensor, idx);
          offset += size;
        }
        return leaf(tensor, idx);
      })
      .Case([&](tensor::ExpandShapeOp op) -> const Expr * {
        ArrayRef<int64_t> shape = type.getShape();
        SmallVector<AffineExpr> src;
        for (const ReassociationIndices &group : op.getReassociationIndices()) {
          // sum_k idx[k] * prod(sizes after k); an index known to be 0
          // needs no (possibly dynamic) stride.
          AffineExpr linear = cst(0);
          for (auto [n, d] : llvm::enumerate(group)) {
            auto zero = dyn_cast<AffineConstantExpr>(idx[d]);
            if (zero && zero.getValue() == 0)
              continue;
            int64_t stride = 1;
            for (int64_t inner : ArrayRef(group).drop_front(n + 1)) {
              if (ShapedType::isDynamic(shape[inner]))
                return leaf(tensor, idx);
              stride *= shape[inner];
            }
            linear = linear + idx[d] * stride;
          }
          src.push_back(linear);
        }
        return eval(op.getSrc(), src);
      })
      .Case([&](tensor::CollapseShapeOp op) -> const Expr * {
        ArrayRef<int64_t> srcShape = shapeOf(op.getSrc());
        SmallVector<AffineExpr> src;
        for (auto [r, group] : llvm::enumerate(op.getReassociationIndices())) {
          // Unit dims take 0; a single other dim takes the whole index.
          SmallVector<int64_t> wide = llvm::filter_to_vector(
              group, [&](int64_t d) { return srcShape[d] != 1; });
          if (wide.size() <= 1) {
            for (int64_t d : group)
              src.push_back(srcShape[d] == 1 ? cst(0) : idx[r]);
            continue;
          }
          int64_t inner = 1;
          SmallVector<AffineExpr> parts(group.size());
          for (int64_t n = group.size() - 1; n >= 0; --n) {
            int64_t size = srcShape[group[n]];
            AffineExpr part = idx[r].floorDiv(inner);
            if (n > 0) {
              if (ShapedType::isDynamic(size))
                return leaf(tensor, idx);
              part = part % size;
              inner *= size;
            }
            parts[n] = part;
          }
          src.append(parts.begin(), parts.end());
        }
        return eval(op.getSrc(), src);
      })
      .Case([&](tensor::ReshapeOp op) -> const Expr * {
        // Row-major order is kept: map the index through the linear
        // position. With dynamic dims, only a static trailing part can be
        // relinearized; the leading parts must be the same shape with at
        // most one dynamic dim (then equal element counts make it equal).
        auto srcType = cast<RankedTensorType>(op.getSource().getType());
        ArrayRef<int64_t> res = type.getShape(), from = srcType.getShape();
        auto lastDynamic = [](ArrayRef<int64_t> shape) -> size_t {
          for (size_t k = shape.size(); k > 0; --k)
            if (ShapedType::isDynamic(shape[k - 1]))
              return k;
          return 0;
        };
        size_t i = lastDynamic(res), j = lastDynamic(from);
        auto product = [](ArrayRef<int64_t> shape) {
          int64_t p = 1;
          for (int64_t s : shape)
            p *= s;
          return p;
        };
        if (i != j || res.take_front(i) != from.take_front(j) ||
            llvm::count_if(res.take_front(i), ShapedType::isDynamic) > 1 ||
            product(res.drop_front(i)) != product(from.drop_front(j)))
          return leaf(tensor, idx);
        SmallVector<AffineExpr> src(idx.take_front(i));
        AffineExpr linear = cst(0);
        for (size_t d = i; d < res.size(); ++d)
          linear = linear * res[d] + idx[d];
        SmallVector<AffineExpr> tail(from.size() - j);
        int64_t inner = 1;
        for (int64_t d = from.size() - 1; d >= static_cast<int64_t>(j); --d) {
          AffineExpr part = linear.floorDiv(inner);
          if (d > static_cast<int64_t>(j))
            part = part % from[d];
          tail[d - j] = part;
          inner *= from[d];
        }
        src.append(tail.begin(), tail.end());
        return eval(op.getSource(), src);
      })
      .Case([&](tensor::PadOp op) -> const Expr * {
        SmallVector<OpFoldResult> low = op.getMixedLowPad();
        ArrayRef<int64_t> srcShape = shapeOf(op.getSource());
        SmallVector<AffineExpr> src;
        bool inside = true;
        for (unsigned k = 0; k < idx.size(); ++k) {
          AffineExpr off = foldResultAsAffine(low[k]);
          OpFoldResult size = ShapedType::isDynamic(srcShape[k])
                                  ? OpFoldResult(nullptr)
                                  : OpFoldResult(IntegerAttr::get(
                                        IndexType::get(ctx), srcShape[k]));
          if (!size)
            return leaf(tensor, idx);
          std::optional<bool> contains =
              sliceContains(idx[k], off, size, 1, op.getSource(), k);
          if (!contains)
            return leaf(tensor, idx);
          inside &= *contains;
          src.push_back(idx[k] - off);
        }
        if (inside)
          return eval(op.getSource(), src);
        Block &body = op.getRegion().front();
        SmallVector<const Expr *> args;
        for (AffineExpr i : idx)
          args.push_back(getInt(i, IndexType::get(ctx)));
        return evalBody(body, args, {}, body.getTerminator()->getOperand(0));
      })
      .Case([&](tensor::GenerateOp op) -> const Expr * {
        Block &body = op.getBody().front();
        SmallVector<const Expr *> args;
        for (AffineExpr i : idx)
          args.push_back(getInt(i, IndexType::get(ctx)));
        return evalBody(body, args, {}, body.getTerminator()->getOperand(0));
      })
      .Case([&](tensor::FromElementsOp op) -> const Expr * {
        int64_t linear = 0;
        for (auto [d, i] : llvm::enumerate(idx)) {
          auto c = dyn_cast<AffineConstantExpr>(i);
          if (!c)
            return leaf(tensor, idx);
          linear = linear * type.getDimSize(d) + c.getValue();
        }
        return evalScalar(op.getElements()[linear]);
      })
      .Case([&](linalg::LinalgOp op) {
        return evalLinalg(op, cast<OpResult>(tensor).getResultNumber(), idx);
      })
      .Default([&](Operation *op) -> const Expr * {
        // Elementwise arith/math/complex ops applied to whole tensors.
        if (!OpTrait::hasElementwiseMappableTraits(op) ||
            !isa_and_present<arith::ArithDialect, math::MathDialect,
                             complex::ComplexDialect>(op->getDialect()))
          return leaf(tensor, idx);
        SmallVector<const Expr *> operands;
        for (Value operand : op->getOperands())
          operands.push_back(isa<RankedTensorType>(operand.getType())
                                 ? eval(operand, idx)
                                 : evalScalar(operand));
        return interpret(op, cast<OpResult>(tensor).getResultNumber(), operands,
                         {});
      });
}

//===----------------------------------------------------------------------===//
// Structured ops and their bodies
//===----------------------------------------------------------------------===//

const Expr *ElementEvaluator::evalLinalg(Operation *op, unsigned result,
                                         ArrayRef<AffineExpr> idx) {
  auto linalgOp = cast<linalg::LinalgOp>(op);
  Value tensor = op->getResult(result);
  if (!linalgOp.hasPureTensorSemantics() || op->getNumRegions() != 1 ||
      op->getRegion(0).empty())
    return leaf(tensor, idx);
  OpOperand *init = linalgOp.getDpsInitOperand(result);
  AffineMap outMap = linalgOp.getMatchingIndexingMap(init);
  SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
  SmallVector<AffineExpr> loops(linalgOp.getNumLoops());
  for (auto [p, e] : llvm::enumerate(outMap.getResults())) {
    auto d = dyn_cast<AffineDimExpr>(e);
    if (!d || (loops[d.getPosition()] && loops[d.getPosition()] != idx[p]))
      return leaf(tensor, idx);
    loops[d.getPosition()] = idx[p];
  }
  // Loops the result does not index are reductions. Up to two iterations
  // are run in loop order, the body's accumulator starting from the initial
  // value (one iteration: the body once on it; a K=1 contraction is an
  // outer product).
  SmallVector<unsigned> reductions;
  int64_t trips = 1;
  for (auto [l, loop] : llvm::enumerate(loops)) {
    if (loop)
      continue;
    if (ShapedType::isDynamic(ranges[l]))
      return leaf(tensor, idx);
    reductions.push_back(l);
    trips *= ranges[l];
  }
  // More than a pair of iterations is a contraction worth keeping as a
  // leaf (a projection, an attention product), not a rotation's pieces.
  if (trips == 0 || trips > 2 || (trips > 1 && op->getNumResults() != 1))
    return leaf(tensor, idx);

  Block &body = op->getRegion(0).front();
  unsigned numInputs = linalgOp.getNumDpsInputs();
  // linalg.map-style bodies take the inputs only; the others also take the
  // initial values of the outputs.
  bool hasInitArgs = body.getNumArguments() == op->getNumOperands();
  if (!hasInitArgs && body.getNumArguments() != numInputs)
    return leaf(tensor, idx);
  SmallVector<OpOperand *> argOperands;
  for (OpOperand &operand : op->getOpOperands())
    if (operand.getOperandNumber() < body.getNumArguments())
      argOperands.push_back(&operand);
  auto operandAt = [&](OpOperand *operand) {
    if (linalgOp.isScalar(operand))
      return evalScalar(operand->get());
    AffineMap map = linalgOp.getMatchingIndexingMap(operand);
    SmallVector<AffineExpr> inner;
    for (AffineExpr e : map.getResults())
      inner.push_back(e.replaceDimsAndSymbols(loops, {}));
    return eval(operand->get(), inner);
  };

  const Expr *accumulator = nullptr;
  for (int64_t trip = 0; trip < trips; ++trip) {
    int64_t rest = trip;
    for (unsigned l : llvm::reverse(reductions)) {
      loops[l] = getAffineConstantExpr(rest % ranges[l], context);
      rest /= ranges[l];
    }
    SmallVector<const Expr *> args(body.getNumArguments(), nullptr);
    for (auto [i, arg] : llvm::enumerate(body.getArguments())) {
      if (arg.use_empty())
        continue;
      OpOperand *operand = argOperands[i];
      bool isInit = operand->getOperandNumber() >= numInputs;
      args[i] = isInit && accumulator ? accumulator : operandAt(operand);
    }
    accumulator =
        evalBody(body, args, loops, body.getTerminator()->getOperand(result));
  }
  return accumulator;
}

const Expr *
ElementEvaluator::evalExtract(Value tensor, ValueRange indices,
                              function_ref<const Expr *(Value)> lookup) {
  SmallVector<AffineExpr> idx;
  for (Value i : indices)
    idx.push_back(asAffine(lookup(i)));
  return eval(tensor, idx);
}

const Expr *ElementEvaluator::evalBody(Block &body,
                                       ArrayRef<const Expr *> blockArgs,
                                       ArrayRef<AffineExpr> loops,
                                       Value yielded) {
  DenseMap<Value, const Expr *> env;
  std::function<const Expr *(Value)> lookup = [&](Value v) -> const Expr * {
    auto it = env.find(v);
    if (it != env.end())
      return it->second;
    const Expr *result;
    if (auto arg = dyn_cast<BlockArgument>(v)) {
      if (arg.getOwner() != &body)
        result = getOpaque(v.getType());
      else
        result = blockArgs[arg.getArgNumber()] ? blockArgs[arg.getArgNumber()]
                                               : getOpaque(v.getType());
    } else if (v.getDefiningOp()->getBlock() != &body) {
      result = evalScalar(v);
    } else {
      Operation *op = v.getDefiningOp();
      unsigned number = cast<OpResult>(v).getResultNumber();
      if (auto index = dyn_cast<linalg::IndexOp>(op)) {
        result = index.getDim() < loops.size()
                     ? getInt(loops[index.getDim()], v.getType())
                     : getOpaque(v.getType());
      } else if (auto extract = dyn_cast<tensor::ExtractOp>(op)) {
        result = evalExtract(extract.getTensor(), extract.getIndices(), lookup);
      } else if (op->getNumRegions() != 0) {
        result = getOpaque(v.getType());
      } else {
        SmallVector<const Expr *> operands;
        for (Value operand : op->getOperands())
          operands.push_back(isa<ShapedType>(operand.getType())
                                 ? getOpaque(operand.getType())
                                 : lookup(operand));
        result = interpret(op, number, operands, loops);
      }
    }
    env[v] = result;
    return result;
  };
  return lookup(yielded);
}

const Expr *ElementEvaluator::evalScalar(Value scalar) {
  auto it = scalarMemo.find(scalar);
  if (it != scalarMemo.end())
    return it->second;
  // Not memoized: each request is another element's value.
  if (definedPerElement(scalar))
    return getOpaque(scalar.getType());
  const Expr *result;
  Operation *def = scalar.getDefiningOp();
  if (!def || def->getNumRegions() != 0 || exhausted() || depth > maxDepth) {
    result = getRead(scalar, {});
  } else if (auto extract = dyn_cast<tensor::ExtractOp>(def)) {
    ++depth;
    result = evalExtract(extract.getTensor(), extract.getIndices(),
                         [&](Value v) { return evalScalar(v); });
    --depth;
  } else if (auto dim = dyn_cast<tensor::DimOp>(def)) {
    std::optional<int64_t> index = dim.getConstantIndex();
    auto type = dyn_cast<RankedTensorType>(dim.getSource().getType());
    if (index && type && !type.isDynamicDim(*index))
      result = getIntConstant(type.getDimSize(*index), scalar.getType());
    else
      result = getRead(scalar, {});
  } else if (isa<linalg::IndexOp>(def) ||
             llvm::any_of(def->getOperandTypes(),
                          [](Type t) { return isa<ShapedType>(t); })) {
    result = getRead(scalar, {});
  } else {
    ++depth;
    SmallVector<const Expr *> operands;
    for (Value operand : def->getOperands())
      operands.push_back(evalScalar(operand));
    result =
        interpret(def, cast<OpResult>(scalar).getResultNumber(), operands, {});
    --depth;
    // A value the interpreter cannot describe is still the same value
    // everywhere it is read: name it by the SSA value.
    if (result->kind == ExprKind::Opaque)
      result = getRead(scalar, {});
  }
  scalarMemo[scalar] = result;
  return result;
}

//===----------------------------------------------------------------------===//
// Scalar operations
//===----------------------------------------------------------------------===//

const Expr *ElementEvaluator::interpret(Operation *op, unsigned result,
                                        ArrayRef<const Expr *> operands,
                                        ArrayRef<AffineExpr> loops) {
  Type type = getElementTypeOrSelf(op->getResult(result).getType());
  if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
    if (const Expr *e = constantScalar(*this, constant.getValue(), type))
      return e;
    return getOpaque(type);
  }
  if (auto constant = dyn_cast<complex::ConstantOp>(op)) {
    if (const Expr *e = constantScalar(*this, constant.getValue(), type))
      return e;
    return getOpaque(type);
  }
  if (auto apply = dyn_cast<affine::AffineApplyOp>(op)) {
    AffineMap map = apply.getAffineMap();
    SmallVector<AffineExpr> dims, syms;
    for (unsigned i = 0; i < map.getNumDims(); ++i)
      dims.push_back(asAffine(operands[i]));
    for (unsigned i = 0; i < map.getNumSymbols(); ++i)
      syms.push_back(asAffine(operands[map.getNumDims() + i]));
    return getInt(map.getResult(0).replaceDimsAndSymbols(dims, syms), type);
  }
  if (isa_and_present<complex::ComplexDialect>(op->getDialect()))
    return interpretComplex(op, operands);
  if (isa<IntegerType, IndexType>(type) && !isa<arith::SelectOp>(op))
    return interpretInteger(op, operands);

  return llvm::TypeSwitch<Operation *, const Expr *>(op)
      .Case([&](arith::AddFOp) { return add(operands[0], operands[1]); })
      .Case([&](arith::SubFOp) { return sub(operands[0], operands[1]); })
      .Case([&](arith::MulFOp) { return mul(operands[0], operands[1]); })
      .Case([&](arith::DivFOp) { return div(operands[0], operands[1]); })
      .Case([&](arith::NegFOp) { return neg(operands[0]); })
      .Case<arith::ExtFOp, arith::TruncFOp>(
          [&](Operation *) { return convertFloat(operands[0], type); })
      .Case([&](arith::SIToFPOp) {
        return intToFloat(operands[0], type, /*isSigned=*/true);
      })
      .Case([&](arith::UIToFPOp) {
        return intToFloat(operands[0], type, /*isSigned=*/false);
      })
      .Case([&](arith::SelectOp) {
        return select(operands[0], operands[1], operands[2]);
      })
      // A fused multiply-add is the product and the sum up to rounding,
      // which rope.rotate's lowerings may contract the same way.
      .Case([&](math::FmaOp) {
        return add(mul(operands[0], operands[1]), operands[2]);
      })
      .Case<math::CosOp, math::SinOp>([&](Operation *) -> const Expr * {
        Opcode code = isa<math::CosOp>(op) ? Opcode::Cos : Opcode::Sin;
        const Expr *node = getOp(code, type, {operands[0]});
        if (operands[0]->isFloat())
          if (std::optional<APFloat> v = evalConstantFloat(node))
            return getFloat(*v, type);
        return node;
      })
      .Default(
          [&](Operation *) { return interpretOther(op, result, operands); });
}

const Expr *ElementEvaluator::interpretOther(Operation *op, unsigned result,
                                             ArrayRef<const Expr *> operands) {
  Type type = getElementTypeOrSelf(op->getResult(result).getType());
  if (op->getNumRegions() != 0 || !isPure(op))
    return getOpaque(type);
  // A pure op is a function of its operands and attributes: equal inputs
  // give equal results, so it can be shared like any other node.
  auto payload = ArrayAttr::get(
      context, {StringAttr::get(context, op->getName().getStringRef()),
                op->getAttrDictionary(),
                IntegerAttr::get(IntegerType::get(context, 32), result)});
  const Expr *node = getOp(Opcode::Other, type, operands, payload);
  if (isa<FloatType>(type) && llvm::all_of(operands, [](const Expr *o) {
        return o->isFloat() || o->isInt();
      }))
    if (std::optional<APFloat> v = evalConstantFloat(node))
      return getFloat(*v, type);
  return node;
}

const Expr *
ElementEvaluator::interpretComplex(Operation *op,
                                   ArrayRef<const Expr *> operands) {
  Type resultType = op->getNumResults() == 1
                        ? getElementTypeOrSelf(op->getResult(0).getType())
                        : Type();
  auto parts = [&](const Expr *z) {
    return std::make_pair(complexRe(z), complexIm(z));
  };
  return llvm::TypeSwitch<Operation *, const Expr *>(op)
      .Case([&](complex::CreateOp) {
        return getComplex(operands[0], operands[1], resultType);
      })
      .Case([&](complex::ReOp) { return complexRe(operands[0]); })
      .Case([&](complex::ImOp) { return complexIm(operands[0]); })
      .Case([&](complex::MulOp) {
        auto [ar, ai] = parts(operands[0]);
        auto [br, bi] = parts(operands[1]);
        return getComplex(sub(mul(ar, br), mul(ai, bi)),
                          add(mul(ar, bi), mul(ai, br)), resultType);
      })
      .Case([&](complex::AddOp) {
        auto [ar, ai] = parts(operands[0]);
        auto [br, bi] = parts(operands[1]);
        return getComplex(add(ar, br), add(ai, bi), resultType);
      })
      .Case([&](complex::SubOp) {
        auto [ar, ai] = parts(operands[0]);
        auto [br, bi] = parts(operands[1]);
        return getComplex(sub(ar, br), sub(ai, bi), resultType);
      })
      .Case([&](complex::NegOp) {
        auto [ar, ai] = parts(operands[0]);
        return getComplex(neg(ar), neg(ai), resultType);
      })
      .Case([&](complex::ConjOp) {
        auto [ar, ai] = parts(operands[0]);
        return getComplex(ar, neg(ai), resultType);
      })
      .Case([&](complex::ExpOp) {
        auto [ar, ai] = parts(operands[0]);
        Type part = cast<ComplexType>(resultType).getElementType();
        const Expr *c = getOp(Opcode::Cos, part, {ai});
        const Expr *s = getOp(Opcode::Sin, part, {ai});
        if (isZero(ar))
          return getComplex(c, s, resultType);
        const Expr *e = interpretOther(op, 0, {ar});
        return getComplex(mul(e, c), mul(e, s), resultType);
      })
      .Default([&](Operation *) -> const Expr * {
        if (!resultType)
          return getOpaque(IndexType::get(context));
        if (auto complex = dyn_cast<ComplexType>(resultType)) {
          const Expr *z = interpretOther(op, 0, operands);
          return getComplex(complexRe(z), complexIm(z), complex);
        }
        return interpretOther(op, 0, operands);
      });
}

const Expr *
ElementEvaluator::interpretInteger(Operation *op,
                                   ArrayRef<const Expr *> operands) {
  Type type = op->getResult(0).getType();
  auto affineOf = [&](unsigned i) { return asAffine(operands[i]); };
  auto constOf = [&](unsigned i) -> std::optional<int64_t> {
    if (auto c = dyn_cast<AffineConstantExpr>(asAffine(operands[i])))
      return c.getValue();
    return std::nullopt;
  };
  auto nonNegative = [&](AffineExpr e) {
    auto b = bounds(e);
    return b && b->first >= 0;
  };
  auto other = [&]() { return interpretOther(op, 0, operands); };
  auto boolean = [&](bool v) { return getIntConstant(v, type); };

  return llvm::TypeSwitch<Operation *, const Expr *>(op)
      .Case<arith::IndexCastOp, arith::IndexCastUIOp, arith::ExtSIOp,
            arith::ExtUIOp, arith::TruncIOp>(
          [&](Operation *) { return getInt(affineOf(0), type); })
      .Case([&](arith::AddIOp) {
        return getInt(affineOf(0) + affineOf(1), type);
      })
      .Case([&](arith::SubIOp) {
        return getInt(affineOf(0) - affineOf(1), type);
      })
      .Case([&](arith::MulIOp) -> const Expr * {
        if (!constOf(0) && !constOf(1))
          return other();
        return getInt(affineOf(0) * affineOf(1), type);
      })
      .Case<arith::DivUIOp, arith::DivSIOp, arith::FloorDivSIOp,
            arith::CeilDivSIOp, arith::CeilDivUIOp, arith::RemUIOp,
            arith::RemSIOp>([&](Operation *) -> const Expr * {
        std::optional<int64_t> c = constOf(1);
        AffineExpr a = affineOf(0);
        // Truncating and flooring division agree on non-negative values.
        if (!c || *c <= 0 || (!isa<arith::FloorDivSIOp>(op) && !nonNegative(a)))
          return other();
        if (isa<arith::RemUIOp, arith::RemSIOp>(op))
          return getInt(a % *c, type);
        if (isa<arith::CeilDivSIOp, arith::CeilDivUIOp>(op))
          return getInt(a.ceilDiv(*c), type);
        return getInt(a.floorDiv(*c), type);
      })
      .Case<arith::ShLIOp, arith::ShRUIOp, arith::ShRSIOp>(
          [&](Operation *) -> const Expr * {
            std::optional<int64_t> c = constOf(1);
            AffineExpr a = affineOf(0);
            if (!c || *c < 0 || *c > 32 ||
                (!isa<arith::ShLIOp>(op) && !nonNegative(a)))
              return other();
            if (isa<arith::ShLIOp>(op))
              return getInt(a * (int64_t(1) << *c), type);
            return getInt(a.floorDiv(int64_t(1) << *c), type);
          })
      .Case<arith::AndIOp, arith::OrIOp, arith::XOrIOp>(
          [&](Operation *) -> const Expr * {
            std::optional<int64_t> a = constOf(0), b = constOf(1);
            if (a && b) {
              int64_t v = isa<arith::AndIOp>(op)  ? (*a & *b)
                          : isa<arith::OrIOp>(op) ? (*a | *b)
                                                  : (*a ^ *b);
              return getIntConstant(type.isInteger(1) ? (v & 1) : v, type);
            }
            // x & (2^k - 1) on a non-negative x is x mod 2^k.
            if (isa<arith::AndIOp>(op) && b && *b > 0 &&
                llvm::isPowerOf2_64(*b + 1) && nonNegative(affineOf(0)))
              return getInt(affineOf(0) % (*b + 1), type);
            if (type.isInteger(1) && (a || b)) {
              int64_t k = a ? *a : *b;
              const Expr *x = operands[a ? 1 : 0];
              if (isa<arith::AndIOp>(op))
                return k ? x : boolean(false);
              if (isa<arith::OrIOp>(op))
                return k ? boolean(true) : x;
            }
            return other();
          })
      .Case<arith::MaxSIOp, arith::MinSIOp, arith::MaxUIOp, arith::MinUIOp>(
          [&](Operation *) -> const Expr * {
            auto d = bounds(simplify(affineOf(0) - affineOf(1)));
            bool isMax = isa<arith::MaxSIOp, arith::MaxUIOp>(op);
            if (d && d->first >= 0)
              return operands[isMax ? 0 : 1];
            if (d && d->second <= 0)
              return operands[isMax ? 1 : 0];
            return other();
          })
      .Case([&](arith::CmpIOp cmp) -> const Expr * {
        auto d = bounds(simplify(affineOf(0) - affineOf(1)));
        if (!d)
          return other();
        auto [lo, hi] = *d;
        std::optional<bool> v;
        switch (cmp.getPredicate()) {
        case arith::CmpIPredicate::eq:
          if (lo == 0 && hi == 0)
            v = true;
          else if (lo > 0 || hi < 0)
            v = false;
          break;
        case arith::CmpIPredicate::ne:
          if (lo == 0 && hi == 0)
            v = false;
          else if (lo > 0 || hi < 0)
            v = true;
          break;
        case arith::CmpIPredicate::slt:
        case arith::CmpIPredicate::ult:
          if (hi < 0)
            v = true;
          else if (lo >= 0)
            v = false;
          break;
        case arith::CmpIPredicate::sle:
        case arith::CmpIPredicate::ule:
          if (hi <= 0)
            v = true;
          else if (lo > 0)
            v = false;
          break;
        case arith::CmpIPredicate::sgt:
        case arith::CmpIPredicate::ugt:
          if (lo > 0)
            v = true;
          else if (hi <= 0)
            v = false;
          break;
        case arith::CmpIPredicate::sge:
        case arith::CmpIPredicate::uge:
          if (lo >= 0)
            v = true;
          else if (hi < 0)
            v = false;
          break;
        }
        // Unsigned predicates agree with signed ones on non-negative values.
        bool isUnsigned = cmp.getPredicate() == arith::CmpIPredicate::ult ||
                          cmp.getPredicate() == arith::CmpIPredicate::ule ||
                          cmp.getPredicate() == arith::CmpIPredicate::ugt ||
                          cmp.getPredicate() == arith::CmpIPredicate::uge;
        if (v && isUnsigned &&
            !(nonNegative(affineOf(0)) && nonNegative(affineOf(1))))
          v.reset();
        if (!v)
          return other();
        return boolean(*v);
      })
      .Case([&](arith::CmpFOp) -> const Expr * { return other(); })
      .Default([&](Operation *) { return other(); });
}
