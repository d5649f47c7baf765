//===- ElementExpr.cpp - expression nodes, folding, monomials -------------===//
//
// Node construction for the element evaluator: hash-consing, the local
// simplifications that are exact in IEEE arithmetic (up to the sign of a
// zero), constant evaluation in each operation's own type, bounds of affine
// indices, and the expansion into sums of signed monomials.
//
//===----------------------------------------------------------------------===//

#include "rope/Dialect/Rope/Analysis/ElementExpr.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"

#include <cmath>
#include <complex>
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mlir::rope;

std::optional<int64_t> Expr::getConstantInt() const {
  if (kind != ExprKind::Int)
    return std::nullopt;
  if (auto c = dyn_cast<AffineConstantExpr>(affine))
    return c.getValue();
  return std::nullopt;
}

ElementEvaluator::ElementEvaluator(MLIRContext *context,
                                   ArrayRef<int64_t> dimSizes)
    : context(context), dimSizes(dimSizes) {}

//===----------------------------------------------------------------------===//
// Hash-consing
//===----------------------------------------------------------------------===//

static size_t hashExpr(const Expr &e) {
  llvm::hash_code h = llvm::hash_combine(
      static_cast<unsigned>(e.kind), static_cast<unsigned>(e.opcode),
      e.type.getAsOpaquePointer(), e.payload.getAsOpaquePointer(),
      e.affine ? e.affine.getAsOpaquePointer() : nullptr,
      e.value.getAsOpaquePointer());
  for (AffineExpr i : e.indices)
    h = llvm::hash_combine(h, i.getAsOpaquePointer());
  for (const Expr *o : e.operands)
    h = llvm::hash_combine(h, o);
  return h;
}

static bool sameExpr(const Expr &a, const Expr &b) {
  return a.kind == b.kind && a.opcode == b.opcode && a.type == b.type &&
         a.payload == b.payload && a.affine == b.affine && a.value == b.value &&
         a.indices == b.indices && a.operands == b.operands;
}

const Expr *ElementEvaluator::intern(Expr &&proto) {
  bool unique = proto.kind == ExprKind::Opaque || proto.kind == ExprKind::Undef;
  size_t h = 0;
  if (!unique) {
    h = hashExpr(proto);
    auto range = table.equal_range(h);
    for (auto it = range.first; it != range.second; ++it)
      if (sameExpr(*it->second, proto))
        return it->second;
  }
  proto.id = nodes.size();
  nodes.push_back(std::move(proto));
  const Expr *node = &nodes.back();
  if (!unique)
    table.emplace(h, node);
  return node;
}

const Expr *ElementEvaluator::getFloat(APFloat value, Type type) {
  Expr e{ExprKind::Float};
  e.type = type;
  e.payload = FloatAttr::get(type, value);
  return intern(std::move(e));
}

const Expr *ElementEvaluator::getFloat(double value, Type type) {
  APFloat v(value);
  bool lost;
  v.convert(cast<FloatType>(type).getFloatSemantics(),
            APFloat::rmNearestTiesToEven, &lost);
  return getFloat(v, type);
}

AffineExpr ElementEvaluator::simplify(AffineExpr expr) const {
  return simplifyAffineExpr(expr, dimSizes.size(), symbols.size());
}

const Expr *ElementEvaluator::getInt(AffineExpr value, Type type) {
  Expr e{ExprKind::Int};
  e.type = type;
  e.affine = simplify(value);
  return intern(std::move(e));
}

const Expr *ElementEvaluator::getIntConstant(int64_t value, Type type) {
  return getInt(getAffineConstantExpr(value, context), type);
}

const Expr *ElementEvaluator::getRead(Value value,
                                      ArrayRef<AffineExpr> indices) {
  Expr e{ExprKind::Read};
  e.type = getElementTypeOrSelf(value.getType());
  e.value = value;
  for (AffineExpr i : indices)
    e.indices.push_back(simplify(i));
  return intern(std::move(e));
}

const Expr *ElementEvaluator::getUndef(Type type) {
  Expr e{ExprKind::Undef};
  e.type = type;
  return intern(std::move(e));
}

const Expr *ElementEvaluator::getOpaque(Type type) {
  Expr e{ExprKind::Opaque};
  e.type = type;
  return intern(std::move(e));
}

const Expr *ElementEvaluator::getComplex(const Expr *re, const Expr *im,
                                         Type type) {
  Expr e{ExprKind::Complex};
  e.type = type;
  e.operands = {re, im};
  return intern(std::move(e));
}

const Expr *ElementEvaluator::getOp(Opcode opcode, Type type,
                                    ArrayRef<const Expr *> operands,
                                    Attribute payload) {
  Expr e{ExprKind::Op};
  e.opcode = opcode;
  e.type = type;
  e.payload = payload;
  e.operands.assign(operands.begin(), operands.end());
  return intern(std::move(e));
}

//===----------------------------------------------------------------------===//
// Simplifying builders
//===----------------------------------------------------------------------===//

static APFloat::opStatus apply(APFloat &a, const APFloat &b, Opcode op) {
  switch (op) {
  case Opcode::AddF:
    return a.add(b, APFloat::rmNearestTiesToEven);
  case Opcode::SubF:
    return a.subtract(b, APFloat::rmNearestTiesToEven);
  case Opcode::MulF:
    return a.multiply(b, APFloat::rmNearestTiesToEven);
  case Opcode::DivF:
    return a.divide(b, APFloat::rmNearestTiesToEven);
  default:
    llvm_unreachable("not a binary float opcode");
  }
}

static bool isZero(const Expr *e) {
  return e->isFloat() && e->getFloat().isZero();
}
static bool isExactly(const Expr *e, double v) {
  return e->isFloat() && e->getFloat().isExactlyValue(v);
}

const Expr *ElementEvaluator::add(const Expr *a, const Expr *b) {
  if (a->isFloat() && b->isFloat()) {
    APFloat r = a->getFloat();
    apply(r, b->getFloat(), Opcode::AddF);
    return getFloat(r, a->type);
  }
  // x + 0 is x up to the sign of a zero result.
  if (isZero(b))
    return a;
  if (isZero(a))
    return b;
  return getOp(Opcode::AddF, a->type, {a, b});
}

const Expr *ElementEvaluator::sub(const Expr *a, const Expr *b) {
  if (a->isFloat() && b->isFloat()) {
    APFloat r = a->getFloat();
    apply(r, b->getFloat(), Opcode::SubF);
    return getFloat(r, a->type);
  }
  if (isZero(b))
    return a;
  return getOp(Opcode::SubF, a->type, {a, b});
}

const Expr *ElementEvaluator::mul(const Expr *a, const Expr *b) {
  if (a->isFloat() && b->isFloat()) {
    APFloat r = a->getFloat();
    apply(r, b->getFloat(), Opcode::MulF);
    return getFloat(r, a->type);
  }
  if (isExactly(b, 1.0))
    return a;
  if (isExactly(a, 1.0))
    return b;
  if (isExactly(b, -1.0))
    return neg(a);
  if (isExactly(a, -1.0))
    return neg(b);
  return getOp(Opcode::MulF, a->type, {a, b});
}

const Expr *ElementEvaluator::div(const Expr *a, const Expr *b) {
  if (a->isFloat() && b->isFloat()) {
    APFloat r = a->getFloat();
    apply(r, b->getFloat(), Opcode::DivF);
    return getFloat(r, a->type);
  }
  if (isExactly(b, 1.0))
    return a;
  return getOp(Opcode::DivF, a->type, {a, b});
}

const Expr *ElementEvaluator::neg(const Expr *a) {
  if (a->isFloat()) {
    APFloat r = a->getFloat();
    r.changeSign();
    return getFloat(r, a->type);
  }
  if (a->isOp(Opcode::NegF))
    return a->operands[0];
  return getOp(Opcode::NegF, a->type, {a});
}

const Expr *ElementEvaluator::convertFloat(const Expr *a, Type type) {
  if (a->type == type)
    return a;
  if (a->isFloat()) {
    APFloat r = a->getFloat();
    bool lost;
    r.convert(cast<FloatType>(type).getFloatSemantics(),
              APFloat::rmNearestTiesToEven, &lost);
    return getFloat(r, type);
  }
  unsigned from = a->type.getIntOrFloatBitWidth();
  unsigned to = type.getIntOrFloatBitWidth();
  // Extending a value that was just truncated from the same type is not the
  // identity; extending an extension is one extension.
  if (to > from && a->isOp(Opcode::ExtF))
    return convertFloat(a->operands[0], type);
  return getOp(to > from ? Opcode::ExtF : Opcode::TruncF, type, {a});
}

const Expr *ElementEvaluator::intToFloat(const Expr *a, Type type,
                                         bool isSigned) {
  if (std::optional<int64_t> c = a->getConstantInt()) {
    APFloat r(cast<FloatType>(type).getFloatSemantics());
    unsigned width = a->type.isIndex() ? 64 : a->type.getIntOrFloatBitWidth();
    APInt bits(width, static_cast<uint64_t>(*c), isSigned);
    r.convertFromAPInt(bits, isSigned, APFloat::rmNearestTiesToEven);
    return getFloat(r, type);
  }
  return getOp(isSigned ? Opcode::SIToFP : Opcode::UIToFP, type, {a});
}

const Expr *ElementEvaluator::select(const Expr *cond, const Expr *a,
                                     const Expr *b) {
  if (std::optional<int64_t> c = cond->getConstantInt())
    return *c ? a : b;
  if (a == b)
    return a;
  return getOp(Opcode::Select, a->type, {cond, a, b});
}

const Expr *ElementEvaluator::complexRe(const Expr *a) {
  if (a->kind == ExprKind::Complex)
    return a->operands[0];
  return getOp(Opcode::Re, cast<ComplexType>(a->type).getElementType(), {a});
}

const Expr *ElementEvaluator::complexIm(const Expr *a) {
  if (a->kind == ExprKind::Complex)
    return a->operands[1];
  return getOp(Opcode::Im, cast<ComplexType>(a->type).getElementType(), {a});
}

AffineExpr ElementEvaluator::asAffine(const Expr *intExpr) {
  if (intExpr->isInt())
    return intExpr->affine;
  auto it = symbolOf.find(intExpr);
  if (it != symbolOf.end())
    return getAffineSymbolExpr(it->second, context);
  unsigned position = symbols.size();
  symbols.push_back(intExpr);
  symbolOf[intExpr] = position;
  return getAffineSymbolExpr(position, context);
}

const Expr *ElementEvaluator::stripRounding(const Expr *expr) {
  while (expr->kind == ExprKind::Op &&
         (expr->opcode == Opcode::ExtF || expr->opcode == Opcode::TruncF))
    expr = expr->operands[0];
  return expr;
}

ArrayRef<Provenance> ElementEvaluator::getProvenance(const Expr *expr) const {
  auto it = provenance.find(expr);
  if (it == provenance.end())
    return {};
  return it->second;
}

//===----------------------------------------------------------------------===//
// Bounds of affine indices
//===----------------------------------------------------------------------===//

static constexpr int64_t kUnbounded = int64_t(1) << 40;

std::optional<std::pair<int64_t, int64_t>>
ElementEvaluator::bounds(AffineExpr expr) const {
  if (auto c = dyn_cast<AffineConstantExpr>(expr))
    return std::make_pair(c.getValue(), c.getValue());
  if (auto d = dyn_cast<AffineDimExpr>(expr)) {
    int64_t size = dimSizes[d.getPosition()];
    return std::make_pair<int64_t, int64_t>(
        0, ShapedType::isDynamic(size) ? kUnbounded : size - 1);
  }
  auto bin = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!bin)
    return std::nullopt;
  auto lhs = bounds(bin.getLHS());
  auto rhs = bounds(bin.getRHS());
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    if (!lhs || !rhs)
      return std::nullopt;
    return std::make_pair(lhs->first + rhs->first, lhs->second + rhs->second);
  case AffineExprKind::Mul: {
    if (!lhs || !rhs || rhs->first != rhs->second)
      return std::nullopt;
    int64_t c = rhs->first;
    int64_t a = lhs->first * c, b = lhs->second * c;
    return std::make_pair(std::min(a, b), std::max(a, b));
  }
  case AffineExprKind::FloorDiv:
  case AffineExprKind::CeilDiv: {
    if (!lhs || !rhs || rhs->first != rhs->second || rhs->first <= 0)
      return std::nullopt;
    int64_t c = rhs->first;
    auto divide = [&](int64_t v) {
      return expr.getKind() == AffineExprKind::FloorDiv
                 ? llvm::divideFloorSigned(v, c)
                 : llvm::divideCeilSigned(v, c);
    };
    return std::make_pair(divide(lhs->first), divide(lhs->second));
  }
  case AffineExprKind::Mod: {
    if (!rhs || rhs->first != rhs->second || rhs->first <= 0)
      return std::nullopt;
    int64_t c = rhs->first;
    if (lhs && lhs->first >= 0 && lhs->second < c)
      return lhs;
    return std::make_pair<int64_t, int64_t>(0, c - 1);
  }
  default:
    return std::nullopt;
  }
}

//===----------------------------------------------------------------------===//
// Constant evaluation
//===----------------------------------------------------------------------===//

/// Rounds `v` (computed in float or double) to `type`.
static APFloat roundTo(double v, Type type) {
  APFloat r(v);
  bool lost;
  r.convert(cast<FloatType>(type).getFloatSemantics(),
            APFloat::rmNearestTiesToEven, &lost);
  return r;
}

/// Applies a unary math function in the precision of `type`: f64 in double,
/// everything else in float (narrower types are then rounded), as the math
/// lowerings compute them.
static APFloat applyMath(StringRef name, ArrayRef<APFloat> args, Type type,
                         bool &ok) {
  ok = true;
  bool wide = type.isF64();
  auto d = [&](unsigned i) { return args[i].convertToDouble(); };
  auto f = [&](unsigned i) {
    APFloat v = args[i];
    bool lost;
    v.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven, &lost);
    return v.convertToFloat();
  };
  double r = 0;
  if (name == "math.powf")
    r = wide ? std::pow(d(0), d(1)) : std::pow(f(0), f(1));
  else if (name == "math.exp")
    r = wide ? std::exp(d(0)) : std::exp(f(0));
  else if (name == "math.exp2")
    r = wide ? std::exp2(d(0)) : std::exp2(f(0));
  else if (name == "math.log")
    r = wide ? std::log(d(0)) : std::log(f(0));
  else if (name == "math.log2")
    r = wide ? std::log2(d(0)) : std::log2(f(0));
  else if (name == "math.sqrt")
    r = wide ? std::sqrt(d(0)) : std::sqrt(f(0));
  else if (name == "math.rsqrt")
    r = wide ? 1.0 / std::sqrt(d(0)) : 1.0f / std::sqrt(f(0));
  else if (name == "math.cos")
    r = wide ? std::cos(d(0)) : std::cos(f(0));
  else if (name == "math.sin")
    r = wide ? std::sin(d(0)) : std::sin(f(0));
  else if (name == "math.floor")
    r = std::floor(d(0));
  else if (name == "math.ceil")
    r = std::ceil(d(0));
  else if (name == "math.absf")
    r = std::fabs(d(0));
  else if (name == "arith.maximumf" || name == "arith.maxnumf")
    r = std::fmax(d(0), d(1));
  else if (name == "arith.minimumf" || name == "arith.minnumf")
    r = std::fmin(d(0), d(1));
  else
    ok = false;
  return roundTo(r, type);
}

std::optional<APFloat>
mlir::rope::readConstantFloat(Attribute attr, int64_t linear, unsigned part) {
  auto shaped = dyn_cast<ElementsAttr>(attr);
  if (!shaped || linear < 0 || linear >= shaped.getNumElements())
    return std::nullopt;
  Type elementType = shaped.getElementType();
  auto complex = dyn_cast<ComplexType>(elementType);
  auto floatType =
      dyn_cast<FloatType>(complex ? complex.getElementType() : elementType);
  if (!floatType || part > (complex ? 1u : 0u))
    return std::nullopt;
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    int64_t at = dense.isSplat() ? 0 : linear;
    if (!complex)
      return *(dense.value_begin<APFloat>() + at);
    std::complex<APFloat> z =
        *(dense.value_begin<std::complex<APFloat>>() + at);
    return part == 0 ? z.real() : z.imag();
  }
  // A resource blob holds the elements packed, (re, im) for complex ones.
  auto resource = dyn_cast<DenseResourceElementsAttr>(attr);
  if (!resource)
    return std::nullopt;
  ArrayRef<char> data = resource.getData();
  unsigned width = floatType.getWidth();
  if (width % 8 != 0 || width > 64)
    return std::nullopt;
  int64_t bytes = width / 8;
  int64_t parts = complex ? 2 : 1;
  if (static_cast<int64_t>(data.size()) !=
      shaped.getNumElements() * parts * bytes)
    return std::nullopt;
  uint64_t bits = 0;
  std::memcpy(&bits, data.data() + (linear * parts + part) * bytes, bytes);
  return APFloat(floatType.getFloatSemantics(), APInt(width, bits));
}

/// Element `position` of a constant float tensor attribute, if it can be
/// read.
static std::optional<APFloat> readFloatElement(Attribute attr,
                                               ArrayRef<int64_t> position) {
  auto shaped = dyn_cast<ElementsAttr>(attr);
  if (!shaped || !isa<FloatType>(shaped.getElementType()))
    return std::nullopt;
  auto type = cast<ShapedType>(shaped.getType());
  int64_t linear = 0;
  for (auto [i, p] : llvm::enumerate(position)) {
    if (p < 0 || p >= type.getDimSize(i))
      return std::nullopt;
    linear = linear * type.getDimSize(i) + p;
  }
  return readConstantFloat(attr, linear);
}

std::optional<APFloat> ElementEvaluator::evalConstantFloat(const Expr *expr) {
  if (!isa<FloatType>(expr->type))
    return std::nullopt;
  auto it = constantMemo.find(expr);
  if (it != constantMemo.end())
    return it->second;
  std::optional<APFloat> result;
  switch (expr->kind) {
  case ExprKind::Float:
    result = expr->getFloat();
    break;
  case ExprKind::Read: {
    Operation *def = expr->value.getDefiningOp();
    Attribute attr;
    if (def && matchPattern(def, m_Constant(&attr)) &&
        expr->indices.size() ==
            static_cast<size_t>(
                cast<ShapedType>(expr->value.getType()).getRank())) {
      SmallVector<int64_t> position;
      for (AffineExpr i : expr->indices) {
        auto c = dyn_cast<AffineConstantExpr>(i);
        if (!c)
          break;
        position.push_back(c.getValue());
      }
      if (position.size() == expr->indices.size())
        result = readFloatElement(attr, position);
    }
    break;
  }
  case ExprKind::Op: {
    SmallVector<APFloat> args;
    bool allConstant = true;
    for (const Expr *o : expr->operands) {
      if (isa<FloatType>(o->type)) {
        std::optional<APFloat> v = evalConstantFloat(o);
        if (!v) {
          allConstant = false;
          break;
        }
        args.push_back(*v);
      }
    }
    if (!allConstant)
      break;
    switch (expr->opcode) {
    case Opcode::AddF:
    case Opcode::SubF:
    case Opcode::MulF:
    case Opcode::DivF: {
      APFloat r = args[0];
      apply(r, args[1], expr->opcode);
      result = r;
      break;
    }
    case Opcode::NegF: {
      APFloat r = args[0];
      r.changeSign();
      result = r;
      break;
    }
    case Opcode::ExtF:
    case Opcode::TruncF: {
      APFloat r = args[0];
      bool lost;
      r.convert(cast<FloatType>(expr->type).getFloatSemantics(),
                APFloat::rmNearestTiesToEven, &lost);
      result = r;
      break;
    }
    case Opcode::SIToFP:
    case Opcode::UIToFP: {
      std::optional<int64_t> c = expr->operands[0]->getConstantInt();
      if (c)
        result = intToFloat(expr->operands[0], expr->type,
                            expr->opcode == Opcode::SIToFP)
                     ->getFloat();
      break;
    }
    case Opcode::Cos:
    case Opcode::Sin: {
      bool ok;
      result = applyMath(expr->opcode == Opcode::Cos ? "math.cos" : "math.sin",
                         args, expr->type, ok);
      break;
    }
    case Opcode::Select: {
      std::optional<int64_t> c = expr->operands[0]->getConstantInt();
      if (c)
        result = evalConstantFloat(expr->operands[*c ? 1 : 2]);
      break;
    }
    case Opcode::Other: {
      auto info = cast<ArrayAttr>(expr->payload);
      bool ok;
      APFloat r =
          applyMath(cast<StringAttr>(info[0]).getValue(), args, expr->type, ok);
      if (ok)
        result = r;
      break;
    }
    default:
      break;
    }
    break;
  }
  default:
    break;
  }
  constantMemo[expr] = result;
  return result;
}

/// An integer element of a constant tensor attribute.
static std::optional<int64_t> readIntElement(Attribute attr,
                                             ArrayRef<int64_t> position) {
  auto dense = dyn_cast<DenseElementsAttr>(attr);
  if (!dense || !isa<IntegerType, IndexType>(dense.getElementType()))
    return std::nullopt;
  auto type = cast<ShapedType>(dense.getType());
  int64_t linear = 0;
  for (auto [i, p] : llvm::enumerate(position)) {
    if (p < 0 || p >= type.getDimSize(i))
      return std::nullopt;
    linear = linear * type.getDimSize(i) + p;
  }
  APInt v = dense.isSplat() ? dense.getSplatValue<APInt>()
                            : *(dense.value_begin<APInt>() + linear);
  return v.getSExtValue();
}

std::optional<ElementEvaluator::Scalar>
ElementEvaluator::evaluateAt(const Expr *root, ArrayRef<int64_t> dims) {
  DenseMap<const Expr *, std::optional<Scalar>> values;
  auto affineAt = [&](AffineExpr e) -> std::optional<int64_t> {
    SmallVector<AffineExpr> at;
    for (int64_t d : dims)
      at.push_back(getAffineConstantExpr(d, context));
    auto c = dyn_cast<AffineConstantExpr>(
        simplifyAffineExpr(e.replaceDims(at), dims.size(), symbols.size()));
    if (!c)
      return std::nullopt;
    return c.getValue();
  };
  std::function<std::optional<Scalar>(const Expr *)> value =
      [&](const Expr *e) -> std::optional<Scalar> {
    auto it = values.find(e);
    if (it != values.end())
      return it->second;
    std::optional<Scalar> result;
    SmallVector<Scalar> args;
    bool known = true;
    for (const Expr *o : e->operands) {
      std::optional<Scalar> v = value(o);
      if (!v) {
        known = false;
        break;
      }
      args.push_back(*v);
    }
    auto floatResult = [&](APFloat f) { result = Scalar{f, 0}; };
    switch (e->kind) {
    case ExprKind::Float:
      floatResult(e->getFloat());
      break;
    case ExprKind::Int:
      if (std::optional<int64_t> v = affineAt(e->affine))
        result = Scalar{std::nullopt, *v};
      break;
    case ExprKind::Read: {
      Attribute attr;
      Operation *def = e->value.getDefiningOp();
      if (!def || e->indices.empty() || !matchPattern(def, m_Constant(&attr)))
        break;
      SmallVector<int64_t> position;
      for (AffineExpr i : e->indices) {
        std::optional<int64_t> v = affineAt(i);
        if (!v)
          return values[e] = std::nullopt;
        position.push_back(*v);
      }
      if (isa<FloatType>(e->type)) {
        if (std::optional<APFloat> f = readFloatElement(attr, position))
          floatResult(*f);
      } else if (std::optional<int64_t> v = readIntElement(attr, position)) {
        result = Scalar{std::nullopt, *v};
      }
      break;
    }
    case ExprKind::Op: {
      if (!known)
        break;
      auto isFloat = [](const Scalar &v) { return v.f.has_value(); };
      switch (e->opcode) {
      case Opcode::AddF:
      case Opcode::SubF:
      case Opcode::MulF:
      case Opcode::DivF: {
        APFloat r = *args[0].f;
        apply(r, *args[1].f, e->opcode);
        floatResult(r);
        break;
      }
      case Opcode::NegF: {
        APFloat r = *args[0].f;
        r.changeSign();
        floatResult(r);
        break;
      }
      case Opcode::ExtF:
      case Opcode::TruncF: {
        APFloat r = *args[0].f;
        bool lost;
        r.convert(cast<FloatType>(e->type).getFloatSemantics(),
                  APFloat::rmNearestTiesToEven, &lost);
        floatResult(r);
        break;
      }
      case Opcode::SIToFP:
      case Opcode::UIToFP:
        floatResult(intToFloat(getIntConstant(args[0].i, e->operands[0]->type),
                               e->type, e->opcode == Opcode::SIToFP)
                        ->getFloat());
        break;
      case Opcode::Cos:
      case Opcode::Sin: {
        bool ok;
        floatResult(
            applyMath(e->opcode == Opcode::Cos ? "math.cos" : "math.sin",
                      {*args[0].f}, e->type, ok));
        break;
      }
      case Opcode::Select:
        result = args[0].i ? args[1] : args[2];
        break;
      case Opcode::Other: {
        auto info = cast<ArrayAttr>(e->payload);
        StringRef name = cast<StringAttr>(info[0]).getValue();
        auto attrs = cast<DictionaryAttr>(info[1]);
        if (name == "arith.cmpi" && !isFloat(args[0])) {
          auto pred = static_cast<arith::CmpIPredicate>(
              cast<IntegerAttr>(attrs.get("predicate")).getInt());
          int64_t a = args[0].i, b = args[1].i;
          bool v;
          switch (pred) {
          case arith::CmpIPredicate::eq:
            v = a == b;
            break;
          case arith::CmpIPredicate::ne:
            v = a != b;
            break;
          case arith::CmpIPredicate::slt:
            v = a < b;
            break;
          case arith::CmpIPredicate::sle:
            v = a <= b;
            break;
          case arith::CmpIPredicate::sgt:
            v = a > b;
            break;
          case arith::CmpIPredicate::sge:
            v = a >= b;
            break;
          case arith::CmpIPredicate::ult:
            v = uint64_t(a) < uint64_t(b);
            break;
          case arith::CmpIPredicate::ule:
            v = uint64_t(a) <= uint64_t(b);
            break;
          case arith::CmpIPredicate::ugt:
            v = uint64_t(a) > uint64_t(b);
            break;
          case arith::CmpIPredicate::uge:
            v = uint64_t(a) >= uint64_t(b);
            break;
          }
          result = Scalar{std::nullopt, v};
          break;
        }
        if (isa<FloatType>(e->type) && llvm::all_of(args, isFloat)) {
          SmallVector<APFloat> fs;
          for (const Scalar &a : args)
            fs.push_back(*a.f);
          bool ok;
          APFloat r = applyMath(name, fs, e->type, ok);
          if (ok)
            floatResult(r);
        }
        break;
      }
      default:
        break;
      }
      break;
    }
    default:
      break;
    }
    values[e] = result;
    return result;
  };
  return value(root);
}

std::optional<double> ElementEvaluator::evalConstant(const Expr *expr) {
  std::optional<APFloat> v = evalConstantFloat(expr);
  if (!v)
    return std::nullopt;
  return v->convertToDouble();
}

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

static StringRef opcodeName(const Expr *e) {
  switch (e->opcode) {
  case Opcode::AddF:
    return "add";
  case Opcode::SubF:
    return "sub";
  case Opcode::MulF:
    return "mul";
  case Opcode::DivF:
    return "div";
  case Opcode::NegF:
    return "neg";
  case Opcode::ExtF:
    return "ext";
  case Opcode::TruncF:
    return "trunc";
  case Opcode::SIToFP:
    return "sitofp";
  case Opcode::UIToFP:
    return "uitofp";
  case Opcode::Cos:
    return "cos";
  case Opcode::Sin:
    return "sin";
  case Opcode::Select:
    return "select";
  case Opcode::Re:
    return "re";
  case Opcode::Im:
    return "im";
  case Opcode::Other:
    return cast<StringAttr>(cast<ArrayAttr>(e->payload)[0]).getValue();
  case Opcode::None:
    return "?";
  }
  return "?";
}

void mlir::rope::printExpr(raw_ostream &os, const Expr *e, unsigned depth) {
  if (depth == 0) {
    os << "...";
    return;
  }
  auto printIndices = [&](ArrayRef<AffineExpr> indices) {
    os << '[';
    llvm::interleaveComma(indices, os, [&](AffineExpr i) { i.print(os); });
    os << ']';
  };
  switch (e->kind) {
  case ExprKind::Float: {
    SmallString<16> s;
    e->getFloat().toString(s);
    os << s;
    return;
  }
  case ExprKind::Int:
    e->affine.print(os);
    return;
  case ExprKind::Read: {
    os << "read(";
    e->value.printAsOperand(os, OpPrintingFlags());
    os << ')';
    if (!e->indices.empty())
      printIndices(e->indices);
    return;
  }
  case ExprKind::Undef:
    os << "undef";
    return;
  case ExprKind::Opaque:
    os << "opaque";
    return;
  case ExprKind::Complex:
  case ExprKind::Op:
    os << (e->kind == ExprKind::Complex ? StringRef("complex") : opcodeName(e))
       << '(';
    llvm::interleaveComma(e->operands, os,
                          [&](const Expr *o) { printExpr(os, o, depth - 1); });
    os << ')';
    return;
  }
}

//===----------------------------------------------------------------------===//
// Monomials
//===----------------------------------------------------------------------===//

namespace {
using Terms = SmallVector<Monomial>;

struct Expander {
  ElementEvaluator &evaluator;
  const llvm::DenseSet<const Expr *> &atoms;
  unsigned maxTerms;
  DenseMap<const Expr *, FailureOr<Terms>> memo;

  static Terms single(const Expr *factor) {
    Terms t;
    t.push_back({1.0, {factor}});
    return t;
  }

  static void sortFactors(Monomial &m) {
    llvm::sort(m.factors,
               [](const Expr *a, const Expr *b) { return a->id < b->id; });
  }

  /// Sums equal products and drops zero terms.
  static Terms combine(Terms terms) {
    Terms out;
    for (Monomial &m : terms) {
      sortFactors(m);
      auto it = llvm::find_if(
          out, [&](const Monomial &o) { return o.factors == m.factors; });
      if (it == out.end())
        out.push_back(std::move(m));
      else
        it->coefficient += m.coefficient;
    }
    llvm::erase_if(out, [](const Monomial &m) { return m.coefficient == 0; });
    return out;
  }

  FailureOr<Terms> expand(const Expr *expr) {
    expr = ElementEvaluator::stripRounding(expr);
    auto it = memo.find(expr);
    if (it != memo.end())
      return it->second;
    // Failures are remembered too: a shared subexpression that blows up is
    // not expanded again through every path that reaches it.
    FailureOr<Terms> result = expandUncached(expr);
    if (succeeded(result) && result->size() > maxTerms)
      result = failure();
    memo[expr] = result;
    return result;
  }

  FailureOr<Terms> expandUncached(const Expr *expr) {
    if (atoms.contains(expr))
      return single(expr);
    if (expr->isFloat()) {
      Terms t;
      t.push_back({expr->getFloat().convertToDouble(), {}});
      return combine(std::move(t));
    }
    if (expr->kind != ExprKind::Op)
      return single(expr);
    switch (expr->opcode) {
    case Opcode::AddF:
    case Opcode::SubF: {
      FailureOr<Terms> a = expand(expr->operands[0]);
      FailureOr<Terms> b = expand(expr->operands[1]);
      if (failed(a) || failed(b))
        return failure();
      Terms t = *a;
      for (Monomial m : *b) {
        if (expr->opcode == Opcode::SubF)
          m.coefficient = -m.coefficient;
        t.push_back(std::move(m));
      }
      return combine(std::move(t));
    }
    case Opcode::NegF: {
      FailureOr<Terms> a = expand(expr->operands[0]);
      if (failed(a))
        return failure();
      Terms t = *a;
      for (Monomial &m : t)
        m.coefficient = -m.coefficient;
      return t;
    }
    case Opcode::MulF: {
      FailureOr<Terms> a = expand(expr->operands[0]);
      FailureOr<Terms> b = expand(expr->operands[1]);
      if (failed(a) || failed(b))
        return failure();
      if (a->size() * b->size() > maxTerms)
        return failure();
      Terms t;
      for (const Monomial &x : *a)
        for (const Monomial &y : *b) {
          Monomial m{x.coefficient * y.coefficient, x.factors};
          m.factors.append(y.factors.begin(), y.factors.end());
          t.push_back(std::move(m));
        }
      return combine(std::move(t));
    }
    case Opcode::DivF: {
      std::optional<double> divisor = evaluator.evalConstant(expr->operands[1]);
      if (!divisor || *divisor == 0)
        return single(expr);
      FailureOr<Terms> a = expand(expr->operands[0]);
      if (failed(a))
        return failure();
      Terms t = *a;
      for (Monomial &m : t)
        m.coefficient /= *divisor;
      return t;
    }
    default:
      return single(expr);
    }
  }
};
} // namespace

FailureOr<SmallVector<Monomial>>
mlir::rope::expandToMonomials(ElementEvaluator &evaluator, const Expr *expr,
                              const llvm::DenseSet<const Expr *> &atoms,
                              unsigned maxTerms) {
  Expander expander{evaluator, atoms, maxTerms,
                    DenseMap<const Expr *, FailureOr<Terms>>()};
  return expander.expand(expr);
}
