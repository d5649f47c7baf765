//===- ExpandBF16Truncations.cpp - f32 -> bf16 in integer ops -------------===//
//
// Why not upstream's arith-expand{include-bf16}: it selects the NaN result
// after truncating to i16, and LLVM's x86 backend scalarizes that select
// (measured on LLaMA decode bf16: a vucomiss, a cmov and a 16-bit store per
// element). See the pass description in rope/Codegen/Passes.td.
//
//===----------------------------------------------------------------------===//

#include "Codegen/CPU/ExpandBF16Truncations.h"
#include "Dialect/Rope/Utils/BF16Rounding.h"

#include "rope/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::rope {
#define GEN_PASS_DEF_ROPECPUEXPANDBF16TRUNCATIONS
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
