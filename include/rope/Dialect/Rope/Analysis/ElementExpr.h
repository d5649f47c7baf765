//===- ElementExpr.h - symbolic element values of tensors -------*- C++ -*-===//
//
// What is element [i..., j] of a tensor value? The ElementEvaluator answers
// with an expression over "leaf" tensors read at affine indices, looking
// through views, data movement and elementwise math (tensor, linalg, arith,
// math, complex ops, linalg bodies with tensor.extract at computed indices).
//
// Indices are AffineExprs over the dims of one frame (the leading dims of the
// value a client asks about) and over symbols that stand for integers the IR
// loads at run time (a position read from a tensor). Clients pass concrete
// constants for the dims they want to enumerate (the channel dim of a RoPE
// candidate), so that slices, concats, parity and halves fold away and each
// channel gets its own expression.
//
// Expressions are hash-consed: two elements with the same value by
// construction are the same node, whichever path reached them. Every node
// also remembers which tensor elements are known to hold it (provenance), so
// a client can present a value as a tensor that already exists in the IR.
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_DIALECT_ROPE_ANALYSIS_ELEMENTEXPR_H
#define ROPE_DIALECT_ROPE_ANALYSIS_ELEMENTEXPR_H

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"

#include <deque>
#include <optional>
#include <unordered_map>

namespace mlir::rope {

enum class ExprKind : uint8_t {
  /// A floating-point constant (`constant`).
  Float,
  /// An integer, index or i1 value affine in the frame dims and symbols
  /// (`affine`).
  Int,
  /// Element `indices` of `value` (a tensor), or a scalar SSA value with no
  /// indices, that the evaluator does not look through.
  Read,
  /// A scalar operation of `opcode` on `operands`.
  Op,
  /// A complex value: operands are (re, im).
  Complex,
  /// An element of tensor.empty.
  Undef,
  /// A value the evaluator cannot describe; equal only to itself.
  Opaque,
};

enum class Opcode : uint8_t {
  None,
  AddF,
  SubF,
  MulF,
  DivF,
  NegF,
  ExtF,
  TruncF,
  SIToFP,
  UIToFP,
  Cos,
  Sin,
  Select,
  Re,
  Im,
  /// Any other pure operation without regions: `payload` is
  /// [op name, attribute dictionary, result number].
  Other,
};

struct Expr {
  ExprKind kind;
  Opcode opcode = Opcode::None;
  Type type;
  /// Float: the FloatAttr; Op::Other: see Opcode::Other.
  Attribute payload;
  /// Int: the value.
  AffineExpr affine;
  /// Read: the tensor or scalar value.
  Value value;
  SmallVector<AffineExpr> indices;
  SmallVector<const Expr *, 2> operands;
  /// Creation order; gives a deterministic order to sort factors by.
  unsigned id;

  bool isFloat() const { return kind == ExprKind::Float; }
  bool isInt() const { return kind == ExprKind::Int; }
  bool isOp(Opcode op) const { return kind == ExprKind::Op && opcode == op; }
  /// The value of a Float node.
  APFloat getFloat() const { return cast<FloatAttr>(payload).getValue(); }
  /// The constant of an Int node whose affine value is a constant.
  std::optional<int64_t> getConstantInt() const;
};

/// A tensor element known to hold a node's value: `tensor[indices]`. When
/// `exact` is false the tensor holds the value rounded to its (narrower)
/// element type.
struct Provenance {
  Value tensor;
  SmallVector<AffineExpr> indices;
  bool exact;
};

/// Builds and hash-conses expressions and evaluates tensor elements.
class ElementEvaluator {
public:
  /// `dimSizes` are the sizes of the frame dims (ShapedType::kDynamic when
  /// unknown); they bound dims for deciding slices and comparisons.
  ElementEvaluator(MLIRContext *context, ArrayRef<int64_t> dimSizes);
  ElementEvaluator(const ElementEvaluator &) = delete;
  ElementEvaluator &operator=(const ElementEvaluator &) = delete;

  MLIRContext *getContext() const { return context; }
  unsigned getNumDims() const { return dimSizes.size(); }
  ArrayRef<int64_t> getDimSizes() const { return dimSizes; }
  unsigned getNumSymbols() const { return symbols.size(); }
  /// The node a symbol stands for.
  const Expr *getSymbolExpr(unsigned position) const {
    return symbols[position];
  }

  /// Element `indices` of tensor `tensor`.
  const Expr *eval(Value tensor, ArrayRef<AffineExpr> indices);
  /// A scalar SSA value defined outside any linalg body.
  const Expr *evalScalar(Value scalar);

  /// True once the node budget is spent: results are then leaves and a
  /// client should give up on the value it asked about.
  bool exhausted() const { return nodes.size() > maxNodes; }

  /// Tensor elements known to hold `expr`.
  ArrayRef<Provenance> getProvenance(const Expr *expr) const;

  /// `expr` without float extensions/truncations around it.
  static const Expr *stripRounding(const Expr *expr);

  /// Evaluates a node that depends on nothing but constants (and constant
  /// tensors read at constant indices), computing every operation in its own
  /// type as the IR would. Returns the value as a double.
  std::optional<double> evalConstant(const Expr *expr);
  /// Same, as an APFloat in the node's type (bit-exact).
  std::optional<APFloat> evalConstantFloat(const Expr *expr);

  /// A concrete scalar: a float in its type, or an integer.
  struct Scalar {
    std::optional<APFloat> f;
    int64_t i = 0;
    bool operator==(const Scalar &o) const {
      return f ? (o.f && f->bitwiseIsEqual(*o.f)) : (!o.f && i == o.i);
    }
  };
  /// The value of `expr` at the frame index `dims` (one value per frame
  /// dim), when everything it reads is a constant; computed op by op in each
  /// op's type.
  std::optional<Scalar> evaluateAt(const Expr *expr, ArrayRef<int64_t> dims);

  /// [lo, hi] bounds of an affine expression over the frame dims (symbols:
  /// unknown); nullopt when unbounded.
  std::optional<std::pair<int64_t, int64_t>> bounds(AffineExpr expr) const;

  //===------------------------------------------------------------------===//
  // Node construction (with local simplification).
  //===------------------------------------------------------------------===//

  const Expr *getFloat(APFloat value, Type type);
  const Expr *getFloat(double value, Type type);
  const Expr *getInt(AffineExpr value, Type type);
  const Expr *getIntConstant(int64_t value, Type type);
  const Expr *getRead(Value value, ArrayRef<AffineExpr> indices);
  const Expr *getUndef(Type type);
  const Expr *getOpaque(Type type);
  const Expr *getComplex(const Expr *re, const Expr *im, Type type);
  const Expr *getOp(Opcode opcode, Type type, ArrayRef<const Expr *> operands,
                    Attribute payload = {});

  const Expr *add(const Expr *a, const Expr *b);
  const Expr *sub(const Expr *a, const Expr *b);
  const Expr *mul(const Expr *a, const Expr *b);
  const Expr *div(const Expr *a, const Expr *b);
  const Expr *neg(const Expr *a);
  const Expr *convertFloat(const Expr *a, Type type);
  const Expr *intToFloat(const Expr *a, Type type, bool isSigned);
  const Expr *select(const Expr *cond, const Expr *a, const Expr *b);
  const Expr *complexRe(const Expr *a);
  const Expr *complexIm(const Expr *a);

  /// An integer node as an affine expression (a fresh symbol when the value
  /// is not affine in the frame dims).
  AffineExpr asAffine(const Expr *intExpr);
  AffineExpr simplify(AffineExpr expr) const;

private:
  struct Key;
  struct KeyHash;
  const Expr *intern(Expr &&proto);

  const Expr *evalUncached(Value tensor, ArrayRef<AffineExpr> indices);
  const Expr *leaf(Value tensor, ArrayRef<AffineExpr> indices);
  const Expr *evalLinalg(Operation *op, unsigned result,
                         ArrayRef<AffineExpr> indices);
  const Expr *evalBody(Block &body, ArrayRef<const Expr *> blockArgs,
                       ArrayRef<AffineExpr> loops, Value yielded);
  const Expr *interpret(Operation *op, unsigned result,
                        ArrayRef<const Expr *> operands,
                        ArrayRef<AffineExpr> loops);
  const Expr *interpretComplex(Operation *op, ArrayRef<const Expr *> operands);
  const Expr *interpretInteger(Operation *op, ArrayRef<const Expr *> operands);
  const Expr *interpretOther(Operation *op, unsigned result,
                             ArrayRef<const Expr *> operands);
  const Expr *evalExtract(Value tensor, ValueRange indices,
                          function_ref<const Expr *(Value)> lookup);
  /// An index-typed OpFoldResult (static or an SSA value) as an affine expr.
  AffineExpr foldResultAsAffine(OpFoldResult value);
  /// Whether [offset, offset + size) covers every value `index` takes.
  std::optional<bool> sliceContains(AffineExpr index, AffineExpr offset,
                                    OpFoldResult size, int64_t stride,
                                    Value sizedTensor, int64_t dim);
  const Expr *constantElement(Attribute attr, ArrayRef<int64_t> position,
                              Type elementType);

  MLIRContext *context;
  SmallVector<int64_t> dimSizes;
  std::deque<Expr> nodes;
  std::unordered_multimap<size_t, const Expr *> table;
  DenseMap<const Expr *, SmallVector<Provenance, 2>> provenance;
  /// Memo of eval(): tensor and indices.
  std::unordered_map<
      size_t, SmallVector<std::pair<SmallVector<void *, 6>, const Expr *>, 1>>
      memo;
  DenseMap<Value, const Expr *> scalarMemo;
  DenseMap<const Expr *, std::optional<APFloat>> constantMemo;
  SmallVector<const Expr *> symbols;
  DenseMap<const Expr *, unsigned> symbolOf;
  unsigned depth = 0;
  static constexpr size_t maxNodes = 200000;
  static constexpr unsigned maxDepth = 400;
};

/// Part `part` (0: the value, or the real part of a complex element; 1: the
/// imaginary part) of element `linear` (row-major) of a constant float or
/// complex-float tensor attribute: dense, or dense_resource of any float
/// width. nullopt when the data is not available.
std::optional<APFloat> readConstantFloat(Attribute attr, int64_t linear,
                                         unsigned part = 0);

/// Prints `expr` for diagnostics, e.g. `sub(mul(read(%arg0)[d0, 3], ...`.
void printExpr(raw_ostream &os, const Expr *expr, unsigned depth = 6);

//===----------------------------------------------------------------------===//
// Sums of signed monomials
//===----------------------------------------------------------------------===//

/// coefficient * product(factors); factors sorted by id.
struct Monomial {
  double coefficient;
  SmallVector<const Expr *, 4> factors;
};

/// Expands `expr` into a sum of monomials: sums, differences, negations,
/// products and divisions by constants are distributed; float roundings are
/// looked through (the rounding of intermediate results is the one numeric
/// difference a raise accepts); every other node is a factor, and so is
/// every node in `atoms` (stripped of roundings), which is never expanded.
/// Fails beyond `maxTerms` monomials.
FailureOr<SmallVector<Monomial>>
expandToMonomials(ElementEvaluator &evaluator, const Expr *expr,
                  const llvm::DenseSet<const Expr *> &atoms,
                  unsigned maxTerms = 16);

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_ANALYSIS_ELEMENTEXPR_H
