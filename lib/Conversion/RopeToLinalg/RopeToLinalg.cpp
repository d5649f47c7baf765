//===- RopeToLinalg.cpp - reference lowering of rope ops ------------------===//
//
// Each rope op becomes linalg on tensors whose body spells the op's definition
// out literally (see RopeOps.td). It is the semantics every optimized path is
// compared against, so it favors obviousness over speed.
//
//===----------------------------------------------------------------------===//

#include "rope/Conversion/RopeToLinalg/RopeToLinalg.h"
#include "Dialect/Rope/Utils/LoweringUtils.h"
#include "rope/Conversion/Passes.h"
#include "rope/Dialect/Rope/IR/RopeOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::rope {
#define GEN_PASS_DEF_CONVERTROPETOLINALG
#include "rope/Conversion/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;

/// Builds a `linalg.generic` with all-parallel iterators over `init`'s shape.
static Value buildParallelGeneric(
    OpBuilder &b, Location loc, Value init, ValueRange inputs,
    ArrayRef<AffineMap> inputMaps,
    function_ref<void(OpBuilder &, Location, ValueRange)> body) {
  auto type = cast<RankedTensorType>(init.getType());
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(b.getMultiDimIdentityMap(type.getRank()));
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(b, loc, type, inputs, init, maps,
                                           iterators, body);
  return generic.getResult(0);
}

/// The values of linalg.index for every loop of the enclosing generic.
static SmallVector<Value> loopIndices(OpBuilder &b, Location loc,
                                      int64_t rank) {
  SmallVector<Value> indices;
  for (int64_t d = 0; d < rank; ++d)
    indices.push_back(linalg::IndexOp::create(b, loc, d));
  return indices;
}

/// `sizes` made to agree with `type`: its static dims as attributes, its
/// dynamic ones as values. Sizes may fold to constants where the type is
/// dynamic (tensor.dim of a tensor.cast of a static value does), and types
/// built from them would no longer match the op's result type.
static SmallVector<OpFoldResult> sizesOfType(OpBuilder &b, Location loc,
                                             RankedTensorType type,
                                             ArrayRef<OpFoldResult> sizes) {
  SmallVector<OpFoldResult> exact;
  for (auto [dim, size] : llvm::zip_equal(type.getShape(), sizes))
    exact.push_back(
        ShapedType::isDynamic(dim)
            ? OpFoldResult(getValueOrCreateConstantIndexOp(b, loc, size))
            : OpFoldResult(b.getIndexAttr(dim)));
  return exact;
}

/// An empty tensor of exactly `type`, sized by `sizes` where it is dynamic.
static Value createEmpty(OpBuilder &b, Location loc, RankedTensorType type,
                         ArrayRef<OpFoldResult> sizes) {
  SmallVector<Value> dynamicSizes;
  for (OpFoldResult size : sizesOfType(b, loc, type, sizes))
    if (auto value = dyn_cast<Value>(size))
      dynamicSizes.push_back(value);
  return tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType(),
                                 dynamicSizes);
}

/// x + y as an OpFoldResult: an attribute when both are static, so static
/// shapes and offsets stay static in the IR.
static OpFoldResult addIndices(OpBuilder &b, Location loc, OpFoldResult x,
                               OpFoldResult y) {
  std::optional<int64_t> cx = getConstantIntValue(x);
  std::optional<int64_t> cy = getConstantIntValue(y);
  if (cx && cy)
    return b.getIndexAttr(*cx + *cy);
  return arith::AddIOp::create(b, loc,
                               getValueOrCreateConstantIndexOp(b, loc, x),
                               getValueOrCreateConstantIndexOp(b, loc, y))
      .getResult();
}

namespace {

//===----------------------------------------------------------------------===//
// rope.freqs
//===----------------------------------------------------------------------===//

struct LowerFreqs : OpConversionPattern<FreqsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(FreqsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank();
    Value positions = adaptor.getPositions();
    bool hasSections = op.getSections().has_value();

    SmallVector<Value> dynDims;
    for (int64_t d = 0; d < rank; ++d)
      if (resultType.isDynamicDim(d))
        dynDims.push_back(tensor::DimOp::create(rewriter, loc, positions, d));
    Value init = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                         resultType.getElementType(), dynDims);

    Value invFreq = createInverseFrequencyConstant(rewriter, loc, op);
    MLIRContext *ctx = rewriter.getContext();
    AffineMap slotMap =
        AffineMap::get(rank, 0, getAffineDimExpr(rank - 1, ctx));
    SmallVector<Value> inputs = {invFreq};
    SmallVector<AffineMap> maps = {slotMap};
    if (hasSections) {
      inputs.push_back(createSlotAxisConstant(rewriter, loc, op));
      maps.push_back(slotMap);
    } else if (positions) {
      inputs.push_back(positions);
      // Positions index the leading dims: (d0, ..., dr-1) -> (d0, ..., dr-2),
      // which is () -> () for a rank-0 position (getMajorSubMap(0) would
      // return a null map there).
      maps.push_back(AffineMap::getMultiDimMapWithTargets(
          rank, llvm::to_vector(llvm::seq<unsigned>(0, rank - 1)), ctx));
    }

    float positionScale = op.getPositionScale().convertToFloat();
    Value result = buildParallelGeneric(
        rewriter, loc, init, inputs, maps,
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Value position;
          if (hasSections) {
            SmallVector<Value> indices = loopIndices(b, loc, rank);
            indices.back() = args[1];
            position = tensor::ExtractOp::create(b, loc, positions, indices);
          } else if (positions) {
            position = args[1];
          } else {
            position = linalg::IndexOp::create(b, loc, 0);
          }
          Value p = convertPositionToF32(b, loc, position);
          if (positionScale != 1.0f)
            p = arith::MulFOp::create(
                b, loc, p,
                arith::ConstantOp::create(b, loc,
                                          b.getF32FloatAttr(positionScale)));
          Value angle = arith::MulFOp::create(b, loc, p, args[0]);
          linalg::YieldOp::create(b, loc, angle);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// rope.broadcat
//===----------------------------------------------------------------------===//

struct LowerBroadcat : OpConversionPattern<BroadcatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(BroadcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    ValueRange tables = adaptor.getTables();
    int64_t numAxes = tables.size();

    // Sizes of every axis and of every table's frequency block.
    SmallVector<OpFoldResult> axisSizes, widths;
    for (Value table : tables) {
      axisSizes.push_back(tensor::getMixedSize(rewriter, loc, table, 0));
      widths.push_back(tensor::getMixedSize(rewriter, loc, table, 1));
    }
    OpFoldResult totalWidth = rewriter.getIndexAttr(0);
    for (OpFoldResult w : widths)
      totalWidth = addIndices(rewriter, loc, totalWidth, w);
    SmallVector<OpFoldResult> resultSizes(axisSizes);
    resultSizes.push_back(totalWidth);
    Value result = createEmpty(rewriter, loc, resultType, resultSizes);

    OpFoldResult offset = rewriter.getIndexAttr(0);
    for (auto [a, table] : llvm::enumerate(tables)) {
      SmallVector<int64_t> blockShape(resultType.getShape().drop_back());
      blockShape.push_back(
          cast<RankedTensorType>(table.getType()).getDimSize(1));
      auto blockType = resultType.clone(blockShape);
      SmallVector<OpFoldResult> blockSizes(axisSizes);
      blockSizes.push_back(widths[a]);
      blockSizes = sizesOfType(rewriter, loc, blockType, blockSizes);
      Value block = createEmpty(rewriter, loc, blockType, blockSizes);
      SmallVector<int64_t> broadcastDims;
      for (int64_t other = 0; other < numAxes; ++other)
        if (other != static_cast<int64_t>(a))
          broadcastDims.push_back(other);
      Value broadcast = linalg::BroadcastOp::create(rewriter, loc, table, block,
                                                    broadcastDims)
                            ->getResult(0);
      SmallVector<OpFoldResult> offsets(numAxes, rewriter.getIndexAttr(0));
      offsets.push_back(offset);
      SmallVector<OpFoldResult> strides(numAxes + 1, rewriter.getIndexAttr(1));
      result = tensor::InsertSliceOp::create(rewriter, loc, broadcast, result,
                                             offsets, blockSizes, strides);
      if (a + 1 < tables.size())
        offset = addIndices(rewriter, loc, offset, widths[a]);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// rope.rotate
//===----------------------------------------------------------------------===//

struct LowerRotate : OpConversionPattern<RotateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RotateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Value> results;
    for (auto [n, input] : llvm::enumerate(adaptor.getInputs()))
      results.push_back(lowerInput(rewriter, op, adaptor, n, input));
    rewriter.replaceOp(op, results);
    return success();
  }

private:
  Value lowerInput(ConversionPatternRewriter &rewriter, RotateOp op,
                   OpAdaptor adaptor, unsigned n, Value input) const {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(input.getType());
    int64_t rank = type.getRank();
    Value init = createEmpty(rewriter, loc, type,
                             tensor::getMixedSizes(rewriter, loc, input));
    TableOperands table{adaptor.getAngles(), adaptor.getCos(), adaptor.getSin(),
                        adaptor.getPositions(), adaptor.getXposPositions()};
    return buildParallelGeneric(
        rewriter, loc, init, input, rewriter.getMultiDimIdentityMap(rank),
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Value result = emitRotateElement(b, loc, op, n, input, args[0],
                                           loopIndices(b, loc, rank), table);
          linalg::YieldOp::create(b, loc, result);
        });
  }
};

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

struct ConvertRopeToLinalgPass
    : rope::impl::ConvertRopeToLinalgBase<ConvertRopeToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    ConversionTarget target(*ctx);
    target.addIllegalDialect<RopeDialect>();
    target.addLegalDialect<arith::ArithDialect, linalg::LinalgDialect,
                           math::MathDialect, tensor::TensorDialect>();
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    RewritePatternSet patterns(ctx);
    populateRopeToLinalgPatterns(patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void mlir::rope::populateRopeToLinalgPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerFreqs, LowerBroadcat, LowerRotate>(patterns.getContext());
}
