//===- RopeRaise.cpp - the --rope-raise pass ------------------------------===//
//
// Visits values from the end of each block to its start, so that the
// outermost value that is still a rotation (after a partial-rotary concat or
// a rounding to the storage type) is raised and its intermediates die with
// it; a view of a rotation (reshape, transpose) is left in place and the
// rotation it views raised. Then rotations that share a table are merged
// into one multi-input rope.rotate.
//
//===----------------------------------------------------------------------===//

#include "rope/Dialect/Rope/Transforms/Passes.h"
#include "rope/Dialect/Rope/Transforms/RaiseMatch.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/MapVector.h"

#include <map>

namespace mlir::rope {
#define GEN_PASS_DEF_ROPERAISE
#include "rope/Dialect/Rope/Transforms/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;

namespace {

/// Whether two values are computed the same way from the same values
/// (pure ops with equal attributes, recursively; regions compared with their
/// block arguments matched up).
class ValueEquivalence {
public:
  bool equivalent(Value a, Value b, unsigned depth = 0) {
    if (a == b)
      return true;
    if (!a || !b || depth > 16 || a.getType() != b.getType())
      return false;
    auto it = marked.find(a);
    if (it != marked.end())
      return it->second == b;
    auto ra = dyn_cast<OpResult>(a), rb = dyn_cast<OpResult>(b);
    if (!ra || !rb || ra.getResultNumber() != rb.getResultNumber())
      return false;
    Operation *opA = ra.getOwner(), *opB = rb.getOwner();
    if (!isPure(opA) || !isPure(opB))
      return false;
    return OperationEquivalence::isEquivalentTo(
        opA, opB,
        [&](Value x, Value y) { return success(equivalent(x, y, depth + 1)); },
        [&](Value x, Value y) { marked[x] = y; },
        OperationEquivalence::IgnoreLocations);
  }

private:
  DenseMap<Value, Value> marked;
};

struct RopeRaisePass : rope::impl::RopeRaiseBase<RopeRaisePass> {
  using Base::Base;

  void runOnOperation() override;

private:
  /// Erases `op` and the ops that only it used, recording what was erased.
  void eraseDeadFrom(RewriterBase &rewriter, ArrayRef<Operation *> roots);
  /// What one function's raise did, for the summary remark.
  struct Tally {
    std::map<std::string, unsigned> forms;
  };
  void countForms(const RotationMatch &match, RotateOp rotate, Tally &tally);
  void mergeRotations(RewriterBase &rewriter, SmallVectorImpl<RotateOp> &ops,
                      DenseMap<Operation *, Tally> &tallies);

  llvm::DenseSet<Operation *> erased;
};

/// Answers the tensor.dim users of `op` from the shapes of its operands
/// when they are its only users (front ends check shapes with cf.assert on
/// tensor.dim of intermediate results, and a replaced computation must not
/// stay alive only for its sizes). Returns the dims, now unused.
static SmallVector<Operation *> reifyDimUsers(RewriterBase &rewriter,
                                              Operation *op) {
  SmallVector<Operation *> dims;
  if (op->use_empty() || !llvm::all_of(op->getUsers(), [](Operation *user) {
        auto dim = dyn_cast<tensor::DimOp>(user);
        return dim && dim.getConstantIndex();
      }))
    return dims;
  for (OpResult result : op->getResults())
    for (OpOperand &use : llvm::make_early_inc_range(result.getUses())) {
      auto dim = cast<tensor::DimOp>(use.getOwner());
      rewriter.setInsertionPoint(dim);
      int64_t index = *dim.getConstantIndex();
      FailureOr<OpFoldResult> size = failure();
      // Elementwise ops on tensors (math.cos %t) have their operands' shape.
      Value shaped = op->getNumOperands() ? op->getOperand(0) : Value();
      if (shaped && isa<RankedTensorType>(shaped.getType()) &&
          (op->hasTrait<OpTrait::Elementwise>() ||
           op->hasTrait<OpTrait::SameOperandsAndResultShape>()))
        size = OpFoldResult(
            tensor::DimOp::create(rewriter, dim.getLoc(), shaped, index)
                .getResult());
      else
        size = reifyDimOfResult(rewriter, op, result.getResultNumber(), index);
      if (failed(size))
        return dims;
      rewriter.replaceAllUsesWith(
          dim.getResult(),
          getValueOrCreateConstantIndexOp(rewriter, dim.getLoc(), *size));
      dims.push_back(dim);
    }
  return dims;
}

void RopeRaisePass::eraseDeadFrom(RewriterBase &rewriter,
                                  ArrayRef<Operation *> roots) {
  SmallVector<Operation *> worklist(roots);
  llvm::SmallPtrSet<Operation *, 16> done;
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (done.contains(op))
      continue;
    if (!isOpTriviallyDead(op)) {
      SmallVector<Operation *> dims = reifyDimUsers(rewriter, op);
      if (dims.empty())
        continue;
      for (Operation *dim : dims) {
        // Its index constant too, once unused.
        if (Operation *index = dim->getOperand(1).getDefiningOp())
          worklist.push_back(index);
        erased.insert(dim);
        done.insert(dim);
        rewriter.eraseOp(dim);
      }
      if (!isOpTriviallyDead(op))
        continue;
    }
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        worklist.push_back(def);
    op->walk([&](Operation *nested) {
      for (Value operand : nested->getOperands())
        if (Operation *def = operand.getDefiningOp();
            def && !op->isAncestor(def))
          worklist.push_back(def);
    });
    op->walk([&](Operation *nested) {
      erased.insert(nested);
      done.insert(nested);
    });
    rewriter.eraseOp(op);
  }
}

void RopeRaisePass::countForms(const RotationMatch &match, RotateOp rotate,
                               Tally &tally) {
  // Each statistic also goes to the per-function summary of report mode
  // (Debian's MLIR is built without LLVM_ENABLE_STATS, where
  // -mlir-pass-statistics prints nothing).
  auto note = [&](Statistic &stat, StringRef name) {
    ++stat;
    ++tally.forms[name.str()];
  };
  note(numRaised, "sites-raised");
  if (match.layout == Layout::half)
    note(numHalf, "half-layout");
  else
    note(numInterleaved, "interleaved-layout");
  if (match.rotaryDim < match.channels)
    note(numPartial, "partial-rotary");
  if (match.complexForm)
    note(numComplex, "complex-form");
  if (match.singleGeneric)
    note(numSingleGeneric, "single-generic-form");
  if (static_cast<float>(match.scale) != 1.0f)
    note(numScaled, "scaled");
  if (rotate.getPositions())
    note(numGathered, "gathered-tables");
  const TableSpec &table = match.table;
  switch (table.kind) {
  case TableSpec::Kind::Freqs:
    note(numFreqs, "inline-frequencies");
    if (table.broadcat)
      note(numBroadcat, "broadcat-tables");
    else if (table.axes.size() > 1)
      note(numSections, "sectioned-positions");
    break;
  case TableSpec::Kind::Angles:
    note(numAngleTables, "angle-tables");
    break;
  case TableSpec::Kind::CosSin:
  case TableSpec::Kind::AnglesPerElement:
  case TableSpec::Kind::ComplexTable:
    note(numCosSin, "cos-sin-tables");
    break;
  }
}

/// The table operands of a rotate, and the attributes two rotates sharing a
/// kernel must agree on.
bool sameTable(RotateOp a, RotateOp b) {
  ValueEquivalence equivalence;
  return a.getLayout() == b.getLayout() &&
         a.getRotaryDim() == b.getRotaryDim() && a.getScale() == b.getScale() &&
         a.getCoords() == b.getCoords() && !a.getXposAttr() &&
         !b.getXposAttr() &&
         equivalence.equivalent(a.getAngles(), b.getAngles()) &&
         equivalence.equivalent(a.getCos(), b.getCos()) &&
         equivalence.equivalent(a.getSin(), b.getSin()) &&
         equivalence.equivalent(a.getPositions(), b.getPositions());
}

/// Ops that only move elements around: their result is a view of their
/// input.
static bool isDataMovement(Operation *op) {
  if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp, tensor::ReshapeOp,
          tensor::CastOp, tensor::ExtractSliceOp, linalg::TransposeOp,
          linalg::CopyOp>(op))
    return true;
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumResults() != 1)
    return false;
  Block *body = generic.getBody();
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  return body->getOperations().size() == 1 &&
         yield.getOperand(0) == body->getArgument(0);
}

/// The function (or other symbol-less region owner) a remark is about.
static Operation *scopeOf(Operation *op) {
  if (auto fn = op->getParentOfType<FunctionOpInterface>())
    return fn;
  return op->getParentOp() ? op->getParentOp() : op;
}

void RopeRaisePass::mergeRotations(RewriterBase &rewriter,
                                   SmallVectorImpl<RotateOp> &ops,
                                   DenseMap<Operation *, Tally> &tallies) {
  // Earliest first, so that a later rotate absorbs the earlier ones.
  llvm::sort(ops, [](RotateOp a, RotateOp b) {
    return a->getBlock() == b->getBlock() ? a->isBeforeInBlock(b)
                                          : a.getOperation() < b.getOperation();
  });
  DominanceInfo dominance;
  for (size_t i = 0; i < ops.size(); ++i) {
    if (!ops[i])
      continue;
    for (size_t j = i + 1; j < ops.size() && ops[i]; ++j) {
      RotateOp a = ops[i], b = ops[j];
      if (!b || a->getBlock() != b->getBlock() || !sameTable(a, b))
        continue;
      // The merged op sits where b is (a's results are not used before it),
      // or where a is, reading a's table (b's inputs exist by then).
      bool atB = llvm::all_of(a->getUsers(), [&](Operation *user) {
        return dominance.properlyDominates(b.getOperation(), user);
      });
      bool atA = !atB && llvm::all_of(b.getInputs(), [&](Value input) {
        return dominance.properlyDominates(input, a.getOperation());
      });
      if (!atA && !atB)
        continue;
      RotateOp keep = atB ? b : a, drop = atB ? a : b;
      rewriter.setInsertionPoint(keep);
      SmallVector<Value> inputs(a.getInputs());
      llvm::append_range(inputs, b.getInputs());
      SmallVector<Attribute> maps(a.getTableMaps().getValue());
      llvm::append_range(maps, b.getTableMaps().getValue());
      auto merged = RotateOp::create(
          rewriter, keep.getLoc(), ValueRange(inputs).getTypes(), inputs,
          keep.getAngles(), keep.getCos(), keep.getSin(), keep.getPositions(),
          keep.getXposPositions(), keep.getLayoutAttr(),
          keep.getRotaryDimAttr(), keep.getScaleAttr(),
          rewriter.getArrayAttr(maps), keep.getCoordsAttr(),
          keep.getXposAttr());
      SmallVector<Operation *> tableDefs;
      for (Value v : {drop.getAngles(), drop.getCos(), drop.getSin(),
                      drop.getPositions()})
        if (v && v.getDefiningOp())
          tableDefs.push_back(v.getDefiningOp());
      unsigned na = a.getNumResults();
      rewriter.replaceOp(a, merged.getResults().take_front(na));
      rewriter.replaceOp(b, merged.getResults().drop_front(na));
      ++numMerged;
      ++tallies[scopeOf(merged)].forms["merged-inputs"];
      // The other table (equivalent to the one kept) is read by nothing now.
      eraseDeadFrom(rewriter, tableDefs);
      ops[j] = merged;
      ops[i] = nullptr;
    }
  }
}

void RopeRaisePass::runOnOperation() {
  Operation *root = getOperation();
  IRRewriter rewriter(&getContext());
  erased.clear();

  SmallVector<Operation *> ops;
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (op != root)
      ops.push_back(op);
  });
  // Rejected rotation-like values, reported at the end. A site is often
  // seen through several values (its pieces, views of it): it is reported
  // once.
  struct Rejection {
    std::string reason;
    unsigned stage;
  };
  llvm::MapVector<Operation *, Rejection> rejected;
  SmallVector<RotateOp> rotations;
  DenseMap<Operation *, Tally> tallies;
  for (Operation *op : llvm::reverse(ops)) {
    if (erased.contains(op) || isa_and_present<RopeDialect>(op->getDialect()))
      continue;
    for (Value value : op->getResults()) {
      MatchFailure failure;
      FailureOr<RotationMatch> match = matchRotation(value, failure);
      std::string reason = failure.reason;
      // A view of a rotation (a reshape, transpose or slice of it) is a
      // rotation too, but of a presented input: leave the view in place and
      // raise the value it views, visited next.
      if (succeeded(match) && match->inputCost > 0 && isDataMovement(op))
        continue;
      if (succeeded(match)) {
        Operation *before = op->getPrevNode();
        FailureOr<BuiltRotation> built =
            buildRotation(rewriter, *match, reason);
        if (succeeded(built)) {
          countForms(*match, built->rotate, tallies[scopeOf(op)]);
          // Views of the rotation were rotation-like too; they are this site.
          for (Operation *user : value.getUsers())
            rejected.erase(user);
          // What the builder made and then did not use (views of a table
          // it folded into a constant) would keep that table alive.
          SmallVector<Operation *> created;
          for (Operation *it = op->getPrevNode(); it && it != before;
               it = it->getPrevNode())
            created.push_back(it);
          rewriter.replaceAllUsesWith(value, built->replacement);
          rotations.push_back(built->rotate);
          // The value's computation dies with it unless something else
          // still reads it.
          eraseDeadFrom(rewriter, {op});
          eraseDeadFrom(rewriter, created);
          break;
        }
        // Drop what the builder created before it gave up.
        for (Operation *it = op->getPrevNode(); it && it != before;) {
          Operation *prev = it->getPrevNode();
          if (isOpTriviallyDead(it))
            rewriter.eraseOp(it);
          it = prev;
        }
        failure.candidate = true;
        failure.stage = 3;
        reason = "cannot build the rope ops: " + reason;
      }
      if (!failure.candidate)
        continue;
      // The site is reported where its proof got furthest; on a tie, at
      // the innermost value (further in, the reason is about the rotation
      // itself rather than a view of it).
      bool furtherOut = llvm::any_of(value.getUsers(), [&](Operation *user) {
        auto it = rejected.find(user);
        return it != rejected.end() && it->second.stage > failure.stage;
      });
      if (furtherOut)
        continue;
      for (Operation *user : value.getUsers())
        rejected.erase(user);
      rejected[op] = {reason, failure.stage};
    }
  }
  for (auto &[op, rejection] : llvm::reverse(rejected)) {
    ++numRejected;
    ++tallies[scopeOf(op)].forms["rejected"];
    if (report)
      op->emitRemark() << "rope-raise: not raised: " << rejection.reason;
  }

  mergeRotations(rewriter, rotations, tallies);
  if (!report)
    return;
  // One summary per function, in IR order.
  root->walk([&](Operation *scope) {
    auto it = tallies.find(scope);
    if (it == tallies.end())
      return;
    InFlightDiagnostic diag = scope->emitRemark() << "rope-raise:";
    llvm::interleave(
        it->second.forms, diag,
        [&](const auto &entry) {
          diag << " " << entry.first << "=" << entry.second;
        },
        ",");
  });
}

} // namespace
