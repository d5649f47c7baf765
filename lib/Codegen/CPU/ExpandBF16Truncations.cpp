//===- ExpandBF16Truncations.cpp - f32 -> bf16 in integer ops -------------===//
//
// bf16 results on targets without native conversions, in two passes (see
// their descriptions in rope/Codegen/Passes.td): the rounding in integer ops
// (upstream's arith-expand{include-bf16} selects the NaN result after
// truncating to i16, and LLVM's x86 backend scalarizes that select: a
// vucomiss, a cmov and a 16-bit store per element on LLaMA decode bf16),
// and, after LLVM lowering, stores of the rounded bits as i16 vectors
// (x86 scalarizes stores of bf16 vectors wider than one XMM register).
//
//===----------------------------------------------------------------------===//

#include "Codegen/CPU/ExpandBF16Truncations.h"
#include "Dialect/Rope/Utils/BF16Rounding.h"

#include "rope/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::rope {
#define GEN_PASS_DEF_ROPECPUEXPANDBF16TRUNCATIONS
#define GEN_PASS_DEF_ROPECPUSTOREBF16ASINTEGERS
#include "rope/Codegen/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;

namespace {
struct ExpandBF16Truncation : OpRewritePattern<arith::TruncFOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::TruncFOp op,
                                PatternRewriter &rewriter) const override {
    if (!getElementTypeOrSelf(op.getType()).isBF16() ||
        !getElementTypeOrSelf(op.getIn().getType()).isF32())
      return rewriter.notifyMatchFailure(op, "not an f32 -> bf16 truncation");
    if (isa<ShapedType>(op.getType()) && !isa<VectorType>(op.getType()))
      return rewriter.notifyMatchFailure(op, "tensors are rounded as linalg");
    std::optional<arith::RoundingMode> mode = op.getRoundingmode();
    if (mode && *mode != arith::RoundingMode::to_nearest_even)
      return rewriter.notifyMatchFailure(op, "not to nearest even");
    rewriter.replaceOp(
        op, truncateToBF16InIntegers(rewriter, op.getLoc(), op.getIn()));
    return success();
  }
};

/// llvm.store (llvm.bitcast %bits : vector<Nxi16> to vector<Nxbf16>) ->
/// llvm.store %bits.
struct StoreBF16AsIntegers : OpRewritePattern<LLVM::StoreOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(LLVM::StoreOp op,
                                PatternRewriter &rewriter) const override {
    auto cast = op.getValue().getDefiningOp<LLVM::BitcastOp>();
    auto type = dyn_cast<VectorType>(op.getValue().getType());
    if (!cast || !type || !type.getElementType().isBF16() ||
        !isa<VectorType>(cast.getArg().getType()) ||
        !getElementTypeOrSelf(cast.getArg().getType()).isInteger(16))
      return rewriter.notifyMatchFailure(op, "not a bitcast i16 vector");
    rewriter.modifyOpInPlace(
        op, [&] { op.getValueMutable().assign(cast.getArg()); });
    return success();
  }
};

struct RopeCPUStoreBF16AsIntegersPass
    : rope::impl::RopeCPUStoreBF16AsIntegersBase<
          RopeCPUStoreBF16AsIntegersPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<StoreBF16AsIntegers>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

struct RopeCPUExpandBF16TruncationsPass
    : rope::impl::RopeCPUExpandBF16TruncationsBase<
          RopeCPUExpandBF16TruncationsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateExpandBF16TruncationPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

void mlir::rope::populateExpandBF16TruncationPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ExpandBF16Truncation>(patterns.getContext());
}
