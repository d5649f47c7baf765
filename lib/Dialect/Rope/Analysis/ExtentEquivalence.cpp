//===- ExtentEquivalence.cpp - tensor dims equal by construction ----------===//

#include "rope/Dialect/Rope/Analysis/ExtentEquivalence.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::rope;

namespace {

/// A tensor dim, or (dim = -1) an index value that is the size of one.
using Node = std::pair<Value, int64_t>;

/// Bounds the search: RoPE's dims are a few hops from its inputs.
constexpr unsigned kMaxNodes = 512;

class ExtentSearch {
public:
  explicit ExtentSearch(Block *block) : block(block) {}

  std::optional<SharedExtent> run(Value tensor, int64_t dim,
                                  Operation *before) {
    add(tensor, dim);
    for (size_t i = 0; i < nodes.size() && nodes.size() < kMaxNodes; ++i) {
      auto [value, k] = nodes[i];
      if (k < 0) {
        visitSize(value);
        continue;
      }
      if (Operation *def = value.getDefiningOp(); def && inBlock(def))
        visitOp(def, value, k);
      for (OpOperand &use : value.getUses())
        if (inBlock(use.getOwner()))
          visitUse(use, k);
    }
    std::optional<std::pair<BlockArgument, int64_t>> bestArg;
    Value bestSize;
    for (auto [value, k] : nodes) {
      if (auto arg = dyn_cast<BlockArgument>(value)) {
        if (k < 0 || arg.getOwner() != block)
          continue;
        if (!bestArg ||
            std::make_pair(arg.getArgNumber(), k) <
                std::make_pair(bestArg->first.getArgNumber(), bestArg->second))
          bestArg = std::make_pair(arg, k);
        continue;
      }
      Operation *def = value.getDefiningOp();
      if (k >= 0 || !value.getType().isIndex() || !inBlock(def) ||
          !def->isBeforeInBlock(before))
        continue;
      if (!bestSize || def->isBeforeInBlock(bestSize.getDefiningOp()) ||
          (def == bestSize.getDefiningOp() &&
           cast<OpResult>(value).getResultNumber() <
               cast<OpResult>(bestSize).getResultNumber()))
        bestSize = value;
    }
    if (bestArg)
      return SharedExtent{bestArg->first, bestArg->second, Value()};
    if (bestSize)
      return SharedExtent{Value(), 0, bestSize};
    return std::nullopt;
  }

private:
  bool inBlock(Operation *op) const { return op->getBlock() == block; }

  void add(Value value, int64_t k) {
    if (k >= 0) {
      auto type = dyn_cast<RankedTensorType>(value.getType());
      if (!type || k >= type.getRank())
        return;
    }
    nodes.insert({value, k});
  }

  /// Every operand and result dim of `op` on loop `loop`.
  void addLoop(linalg::LinalgOp op, unsigned loop) {
    for (OpOperand &operand : op->getOpOperands()) {
      if (!isa<RankedTensorType>(operand.get().getType()))
        continue;
      AffineMap map = op.getMatchingIndexingMap(&operand);
      for (auto [j, e] : llvm::enumerate(map.getResults())) {
        auto d = dyn_cast<AffineDimExpr>(e);
        if (!d || d.getPosition() != loop)
          continue;
        add(operand.get(), j);
        if (op.isDpsInit(&operand))
          add(op.getTiedOpResult(&operand), j);
      }
    }
  }

  void addLoopOf(linalg::LinalgOp op, AffineMap map, int64_t k) {
    if (k < static_cast<int64_t>(map.getNumResults()))
      if (auto d = dyn_cast<AffineDimExpr>(map.getResult(k)))
        addLoop(op, d.getPosition());
  }

  /// The dim of a reshape's other side that dim k of one side is, when k
  /// is alone in its reassociation group.
  static std::optional<int64_t> ungrouped(ArrayRef<ReassociationIndices> groups,
                                          int64_t k, bool expanded) {
    for (auto [g, group] : llvm::enumerate(groups)) {
      if (expanded ? !llvm::is_contained(group, k)
                   : static_cast<int64_t>(g) != k)
        continue;
      if (group.size() != 1)
        return std::nullopt;
      return expanded ? static_cast<int64_t>(g) : group.front();
    }
    return std::nullopt;
  }

  /// The source dim a full slice at offset 0 keeps as its result dim k.
  static std::optional<int64_t> fullSliceSourceDim(tensor::ExtractSliceOp op,
                                                   int64_t k) {
    llvm::SmallBitVector dropped = op.getDroppedDims();
    int64_t r = 0;
    for (int64_t s = 0; s < op.getSourceType().getRank(); ++s) {
      if (dropped.test(s))
        continue;
      if (r++ != k)
        continue;
      OpFoldResult size = op.getMixedSizes()[s];
      if (!isConstantIntValue(op.getMixedOffsets()[s], 0) ||
          !isConstantIntValue(op.getMixedStrides()[s], 1))
        return std::nullopt;
      if (auto c = getConstantIntValue(size))
        return *c == op.getSourceType().getDimSize(s) ? std::optional(s)
                                                      : std::nullopt;
      auto dim = cast<Value>(size).getDefiningOp<tensor::DimOp>();
      if (dim && dim.getSource() == op.getSource() &&
          dim.getConstantIndex() == s)
        return s;
      return std::nullopt;
    }
    return std::nullopt;
  }

  /// The one dynamic dim of `type` when it has exactly one, and the
  /// product of its static dims.
  static std::optional<std::pair<int64_t, int64_t>> soleDynamicDim(Type t) {
    auto type = dyn_cast<RankedTensorType>(t);
    if (!type)
      return std::nullopt;
    std::optional<int64_t> dynamic;
    int64_t product = 1;
    for (auto [d, size] : llvm::enumerate(type.getShape())) {
      if (!ShapedType::isDynamic(size)) {
        product *= size;
        continue;
      }
      if (dynamic)
        return std::nullopt;
      dynamic = d;
    }
    if (!dynamic)
      return std::nullopt;
    return std::make_pair(*dynamic, product);
  }

  /// A reshape keeps the element count: with one dynamic dim on each side
  /// and equal static products, the dynamic dims are equal.
  static std::optional<std::pair<int64_t, int64_t>>
  reshapeDynamicDims(tensor::ReshapeOp op) {
    auto from = soleDynamicDim(op.getSource().getType());
    auto to = soleDynamicDim(op.getResult().getType());
    if (!from || !to || from->second != to->second || from->second == 0)
      return std::nullopt;
    return std::make_pair(from->first, to->first);
  }

  void visitOp(Operation *def, Value value, int64_t k) {
    auto result = cast<OpResult>(value);
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(def)) {
      addLoopOf(linalgOp, linalgOp.getIndexingMapMatchingResult(result), k);
    } else if (auto empty = dyn_cast<tensor::EmptyOp>(def)) {
      if (empty.getType().isDynamicDim(k))
        add(empty.getDynamicSize(k), -1);
    } else if (auto cast = dyn_cast<tensor::CastOp>(def)) {
      add(cast.getSource(), k);
    } else if (auto expand = dyn_cast<tensor::ExpandShapeOp>(def)) {
      if (auto s = ungrouped(expand.getReassociationIndices(), k, true))
        add(expand.getSrc(), *s);
      if (auto size = dyn_cast<Value>(expand.getMixedOutputShape()[k]))
        add(size, -1);
    } else if (auto reshape = dyn_cast<tensor::ReshapeOp>(def)) {
      // The result has the sizes the shape operand lists.
      if (auto shape =
              reshape.getShape().getDefiningOp<tensor::FromElementsOp>())
        add(shape.getElements()[k], -1);
      if (auto dims = reshapeDynamicDims(reshape); dims && dims->second == k)
        add(reshape.getSource(), dims->first);
    } else if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(def)) {
      if (auto s = ungrouped(collapse.getReassociationIndices(), k, false))
        add(collapse.getSrc(), *s);
    } else if (auto slice = dyn_cast<tensor::ExtractSliceOp>(def)) {
      if (auto s = fullSliceSourceDim(slice, k))
        add(slice.getSource(), *s);
    } else if (def->hasTrait<OpTrait::Elementwise>()) {
      for (Value operand : def->getOperands())
        add(operand, k);
    }
  }

  void visitUse(OpOperand &use, int64_t k) {
    Operation *user = use.getOwner();
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(user)) {
      addLoopOf(linalgOp, linalgOp.getMatchingIndexingMap(&use), k);
    } else if (auto dim = dyn_cast<tensor::DimOp>(user)) {
      if (dim.getConstantIndex() == k)
        add(dim.getResult(), -1);
    } else if (auto cast = dyn_cast<tensor::CastOp>(user)) {
      add(cast.getResult(), k);
    } else if (auto expand = dyn_cast<tensor::ExpandShapeOp>(user)) {
      if (auto r = ungrouped(expand.getReassociationIndices(), k, false))
        add(expand.getResult(), *r);
    } else if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(user)) {
      if (auto r = ungrouped(collapse.getReassociationIndices(), k, true))
        add(collapse.getResult(), *r);
    } else if (auto reshape = dyn_cast<tensor::ReshapeOp>(user)) {
      if (auto dims = reshapeDynamicDims(reshape);
          dims && use.get() == reshape.getSource() && dims->first == k)
        add(reshape.getResult(), dims->second);
    } else if (auto slice = dyn_cast<tensor::ExtractSliceOp>(user)) {
      for (int64_t r = 0; r < slice.getType().getRank(); ++r)
        if (fullSliceSourceDim(slice, r) == k)
          add(slice.getResult(), r);
    } else if (user->hasTrait<OpTrait::Elementwise>()) {
      for (Value v : user->getOperands())
        add(v, k);
      for (Value v : user->getResults())
        add(v, k);
    }
  }

  /// Whether `v` is a tensor dim, possibly index_cast: never negative.
  static bool isDimValue(Value v) {
    if (auto cast = v.getDefiningOp<arith::IndexCastOp>())
      v = cast.getIn();
    return v.getDefiningOp<tensor::DimOp>() != nullptr;
  }

  /// `select(f < 0, t, f)` with f a tensor dim is f (front ends infer a
  /// view's -1 size this way).
  static bool selectsNonNegative(arith::SelectOp select) {
    Value f = select.getFalseValue();
    auto cmp = select.getCondition().getDefiningOp<arith::CmpIOp>();
    return cmp && cmp.getPredicate() == arith::CmpIPredicate::slt &&
           cmp.getLhs() == f && matchPattern(cmp.getRhs(), m_Zero()) &&
           isDimValue(f);
  }

  /// An index value that is a tensor dim: its tensor.dim, the tensor.empty
  /// dims it sizes.
  void visitSize(Value size) {
    if (auto dim = size.getDefiningOp<tensor::DimOp>())
      if (std::optional<int64_t> index = dim.getConstantIndex())
        add(dim.getSource(), *index);
    if (auto select = size.getDefiningOp<arith::SelectOp>();
        select && inBlock(select) && selectsNonNegative(select))
      add(select.getFalseValue(), -1);
    // Sizes are non-negative, so index_cast keeps them.
    if (auto cast = size.getDefiningOp<arith::IndexCastOp>();
        cast && inBlock(cast))
      add(cast.getIn(), -1);
    for (OpOperand &use : size.getUses()) {
      if (auto select = dyn_cast<arith::SelectOp>(use.getOwner());
          select && inBlock(select) && select.getFalseValue() == size &&
          selectsNonNegative(select))
        add(select.getResult(), -1);
      if (auto cast = dyn_cast<arith::IndexCastOp>(use.getOwner());
          cast && inBlock(cast))
        add(cast.getOut(), -1);
      if (auto expand = dyn_cast<tensor::ExpandShapeOp>(use.getOwner());
          expand && inBlock(expand))
        for (auto [k, s] : llvm::enumerate(expand.getMixedOutputShape()))
          if (dyn_cast<Value>(s) == size)
            add(expand.getResult(), k);
      if (auto shape = dyn_cast<tensor::FromElementsOp>(use.getOwner());
          shape && inBlock(shape))
        for (OpOperand &shapeUse : shape.getResult().getUses())
          if (auto reshape = dyn_cast<tensor::ReshapeOp>(shapeUse.getOwner());
              reshape && inBlock(reshape) &&
              &shapeUse == &reshape.getShapeMutable())
            add(reshape.getResult(), use.getOperandNumber());
      auto empty = dyn_cast<tensor::EmptyOp>(use.getOwner());
      if (!empty || !inBlock(empty))
        continue;
      for (int64_t k = 0; k < empty.getType().getRank(); ++k)
        if (empty.getType().isDynamicDim(k) && empty.getDynamicSize(k) == size)
          add(empty.getResult(), k);
    }
  }

  Block *block;
  llvm::SetVector<Node> nodes;
};

} // namespace

std::optional<SharedExtent>
mlir::rope::findSharedExtent(Value tensor, int64_t dim, Operation *before) {
  return ExtentSearch(before->getBlock()).run(tensor, dim, before);
}
