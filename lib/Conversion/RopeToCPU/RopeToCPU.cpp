//===- RopeToCPU.cpp - fused vectorized CPU codegen for rope.rotate -------===//
//
// One scf.forall per rope.rotate, over the table rows (tokens). Why this
// shape (see also the pass description in Passes.td):
//
// - On tensors, with fresh tensor.empty shared outputs and one
//   tensor.parallel_insert_slice per input and row, one-shot bufferization
//   writes every result in place and inserts no copy; reading the inputs
//   through tensor.extract_slice becomes memref.subview.
// - The row loop is the only parallel loop: everything a row needs (its
//   angles, sin/cos, cos/sin table entries) is computed once at the top of
//   the iteration and stays in vector registers for all heads of all
//   inputs, which is what "sin/cos once per (token, frequency)" asks.
// - rotary_dim is static, so the channel loop is unrolled into in-bounds
//   vector.transfer_read/write of static width: after bufferization they
//   are plain vector loads and stores on the contiguous channel dim.
//
//===----------------------------------------------------------------------===//

#include "rope/Conversion/Passes.h"
#include "rope/Conversion/RopeToCPU/RopeToCPU.h"
#include "rope/Dialect/Rope/IR/RopeOps.h"
#include "rope/Dialect/Rope/Utils/AngleSource.h"
#include "rope/Dialect/Rope/Utils/LoweringUtils.h"
#include "rope/Dialect/Rope/Utils/SinCos.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::rope {
#define GEN_PASS_DEF_CONVERTROPETOCPU
#include "rope/Conversion/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;

namespace {

/// A run of pairs handled by one vector: pairs [first, first + width).
struct Chunk {
  int64_t first, width;
};

/// cos/sin of one chunk for the first (a) and second (b) element of each
/// pair; they differ only for per-element cos/sin tables.
struct ChunkTrig {
  Value cosA, sinA, cosB, sinB;
};

/// Builds the fused loop nest of one rope.rotate.
class RotateLowering {
public:
  RotateLowering(RewriterBase &rewriter, RotateOp op, int64_t vectorBits)
      : b(rewriter), op(op), loc(op.getLoc()),
        numPairs(op.getRotaryDim() / 2) {
    // f32 lanes per vector; the math is f32 whatever the storage type.
    int64_t lanes = std::max<int64_t>(vectorBits / 32, 1);
    for (int64_t first = 0; first < numPairs; first += lanes)
      chunks.push_back({first, std::min(lanes, numPairs - first)});
    copyWidth = lanes;
    if (Value angles = op.getAngles())
      angleSource = AngleSource::analyze(angles, numPairs);
  }

  SmallVector<Value> build();
  /// What the angles were computed from (to erase once unused).
  SmallVector<Operation *> getFusedProducers() const {
    return angleSource ? angleSource->getProducers()
                       : SmallVector<Operation *>();
  }

private:
  RewriterBase &b;
  RotateOp op;
  Location loc;
  int64_t numPairs;
  SmallVector<Chunk> chunks;
  int64_t copyWidth;
  std::optional<AngleSource> angleSource;

  Value index(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  Value f32Vector(int64_t width, float v) {
    auto type = VectorType::get({width}, b.getF32Type());
    return arith::ConstantOp::create(
        b, loc, DenseElementsAttr::get(type, ArrayRef<Attribute>{
                                                b.getF32FloatAttr(v)}));
  }
  arith::FastMathFlagsAttr contract() {
    return arith::FastMathFlagsAttr::get(b.getContext(),
                                         arith::FastMathFlags::contract);
  }

  SmallVector<OpFoldResult> rowBounds();
  SmallVector<ChunkTrig> emitRowTrig(const TableRow &row);
  ChunkTrig readCosSin(const TableRow &row, Chunk chunk);
  void applyInputFactors(unsigned input, ValueRange rowIndices,
                         SmallVectorImpl<ChunkTrig> &trig);
  Value rotateInput(unsigned input, Value x, Value out, ValueRange rowIndices,
                    ArrayRef<ChunkTrig> trig, Value valid);
  Value emitHeadLoops(unsigned input, Value xSlice, Value outSlice,
                      ArrayRef<int64_t> freeSizes, ArrayRef<ChunkTrig> trig,
                      Value valid);
  Value emitHead(unsigned input, Value xSlice, Value acc, ValueRange heads,
                 ArrayRef<ChunkTrig> trig, Value valid);

  Value read(Value source, ValueRange heads, int64_t channel, int64_t width,
             bool inBounds = true);
  Value read(Value source, ValueRange heads, Value channel, int64_t width,
             bool inBounds);
  Value write(Value vector, Value dest, ValueRange heads, Value channel,
              bool inBounds = true);
};

} // namespace

/// The iteration space: the table rows. A table row dim's size is read off
/// an input dim the table maps bind to it (not off the table, whose
/// producer may be fused away); a dim no input binds has size 1.
SmallVector<OpFoldResult> RotateLowering::rowBounds() {
  SmallVector<int64_t> rowShape = op.getTableRowShape();
  SmallVector<OpFoldResult> bounds;
  for (auto [r, size] : llvm::enumerate(rowShape)) {
    if (!ShapedType::isDynamic(size)) {
      bounds.push_back(b.getIndexAttr(size));
      continue;
    }
    OpFoldResult bound = b.getIndexAttr(1);
    for (auto [n, input] : llvm::enumerate(op.getInputs())) {
      auto dim = dyn_cast<AffineDimExpr>(op.getTableMap(n).getResult(r));
      if (!dim)
        continue;
      bound = tensor::getMixedSize(b, loc, input, dim.getPosition());
      break;
    }
    bounds.push_back(bound);
  }
  // A single-row table still gets a (one-iteration) loop, so every rope
  // site has the same structure.
  if (bounds.empty())
    bounds.push_back(b.getIndexAttr(1));
  return bounds;
}

/// Reads `width` channels from [heads..., channel].
Value RotateLowering::read(Value source, ValueRange heads, Value channel,
                           int64_t width, bool inBounds) {
  auto sourceType = cast<RankedTensorType>(source.getType());
  auto type = VectorType::get({width}, sourceType.getElementType());
  SmallVector<Value> indices(heads);
  indices.push_back(channel);
  Value padding = arith::ConstantOp::create(
      b, loc, b.getZeroAttr(sourceType.getElementType()));
  return vector::TransferReadOp::create(b, loc, type, source, indices, padding,
                                        ArrayRef<bool>{inBounds});
}

Value RotateLowering::read(Value source, ValueRange heads, int64_t channel,
                           int64_t width, bool inBounds) {
  return read(source, heads, index(channel), width, inBounds);
}

Value RotateLowering::write(Value vector, Value dest, ValueRange heads,
                            Value channel, bool inBounds) {
  SmallVector<Value> indices(heads);
  indices.push_back(channel);
  return vector::TransferWriteOp::create(b, loc, vector, dest, indices,
                                         ArrayRef<bool>{inBounds})
      .getResult();
}

/// cos/sin of one chunk read from the op's cos/sin tables at `row`.
ChunkTrig RotateLowering::readCosSin(const TableRow &row, Chunk chunk) {
  auto load = [&](Value table, int64_t column, int64_t width) {
    return extendToF32(b, loc, read(table, row.indices, column, width));
  };
  Value cos = op.getCos(), sin = op.getSin();
  if (!op.hasPerElementTable()) {
    Value c = load(cos, chunk.first, chunk.width);
    Value s = load(sin, chunk.first, chunk.width);
    return {c, s, c, s};
  }
  if (op.getLayout() == Layout::half)
    return {load(cos, chunk.first, chunk.width),
            load(sin, chunk.first, chunk.width),
            load(cos, chunk.first + numPairs, chunk.width),
            load(sin, chunk.first + numPairs, chunk.width)};
  // Interleaved per-element: channels 2i and 2i+1 have their own entries.
  auto split = [&](Value table) {
    auto halves = vector::DeinterleaveOp::create(
        b, loc, load(table, 2 * chunk.first, 2 * chunk.width));
    return std::make_pair(halves.getRes1(), halves.getRes2());
  };
  auto [cosA, cosB] = split(cos);
  auto [sinA, sinB] = split(sin);
  return {cosA, sinA, cosB, sinB};
}

/// Everything one table row needs, computed once: cos/sin per chunk, with
/// `scale` folded in (a' = a (s cos) - b (s sin)).
SmallVector<ChunkTrig> RotateLowering::emitRowTrig(const TableRow &row) {
  SmallVector<ChunkTrig> trig;
  float scale = op.getScale().convertToFloat();
  for (Chunk chunk : chunks) {
    ChunkTrig t;
    if (angleSource) {
      Value angles = angleSource->emitAngles(b, loc, row.indices, chunk.first,
                                             chunk.width);
      auto [sin, cos] = emitSinCos(b, loc, angles);
      t = {cos, sin, cos, sin};
    } else {
      t = readCosSin(row, chunk);
    }
    if (scale != 1.0f) {
      Value s = f32Vector(chunk.width, scale);
      for (Value *v : {&t.cosA, &t.sinA, &t.cosB, &t.sinB})
        *v = arith::MulFOp::create(b, loc, *v, s);
    }
    trig.push_back(t);
  }
  return trig;
}

/// The xPos decay depends on the input (its sign): fold it into a copy of
/// the row's cos/sin, once per row and input.
void RotateLowering::applyInputFactors(unsigned input, ValueRange rowIndices,
                                       SmallVectorImpl<ChunkTrig> &trig) {
  if (!op.getXposAttr())
    return;
  Value p = convertPositionToF32(
      b, loc, loadElement(b, loc, op.getXposPositions(), rowIndices));
  for (auto [chunk, t] : llvm::zip(chunks, trig)) {
    auto indexType = VectorType::get({chunk.width}, b.getIndexType());
    SmallVector<APInt> pairs;
    for (int64_t i = 0; i < chunk.width; ++i)
      pairs.push_back(APInt(64, chunk.first + i));
    Value pairIndices = arith::ConstantOp::create(
        b, loc, DenseElementsAttr::get(indexType, pairs));
    Value positions = vector::BroadcastOp::create(
        b, loc, VectorType::get({chunk.width}, b.getF32Type()), p);
    Value factor =
        emitXPosFactor(b, loc, op, input, pairIndices, positions);
    for (Value *v : {&t.cosA, &t.sinA, &t.cosB, &t.sinB})
      *v = arith::MulFOp::create(b, loc, *v, factor);
  }
}

/// One head (one vector of channels of one input at `heads`): rotate every
/// chunk and copy the pass-through channels, into `acc`.
Value RotateLowering::emitHead(unsigned input, Value xSlice, Value acc,
                               ValueRange heads, ArrayRef<ChunkTrig> trig,
                               Value valid) {
  auto sliceType = cast<RankedTensorType>(xSlice.getType());
  Type storage = sliceType.getElementType();
  bool half = op.getLayout() == Layout::half;
  for (auto [chunk, t] : llvm::zip(chunks, trig)) {
    Value a, bv;
    if (half) {
      a = read(xSlice, heads, chunk.first, chunk.width);
      bv = read(xSlice, heads, chunk.first + numPairs, chunk.width);
    } else {
      auto pair = vector::DeinterleaveOp::create(
          b, loc, read(xSlice, heads, 2 * chunk.first, 2 * chunk.width));
      a = pair.getRes1();
      bv = pair.getRes2();
    }
    Value af = extendToF32(b, loc, a), bf = extendToF32(b, loc, bv);
    // a' = a cos_a - b sin_a, b' = b cos_b + a sin_b; contractible to FMAs.
    Value newA = arith::SubFOp::create(
        b, loc, arith::MulFOp::create(b, loc, af, t.cosA, contract()),
        arith::MulFOp::create(b, loc, bf, t.sinA, contract()), contract());
    Value newB = arith::AddFOp::create(
        b, loc, arith::MulFOp::create(b, loc, bf, t.cosB, contract()),
        arith::MulFOp::create(b, loc, af, t.sinB, contract()), contract());
    newA = truncateFromF32(b, loc, newA, storage);
    newB = truncateFromF32(b, loc, newB, storage);
    if (valid) {
      // A token with a negative coordinate passes through untouched.
      newA = arith::SelectOp::create(b, loc, valid, newA, a);
      newB = arith::SelectOp::create(b, loc, valid, newB, bv);
    }
    if (half) {
      acc = write(newA, acc, heads, index(chunk.first));
      acc = write(newB, acc, heads, index(chunk.first + numPairs));
    } else {
      Value joined = vector::InterleaveOp::create(b, loc, newA, newB);
      acc = write(joined, acc, heads, index(2 * chunk.first));
    }
  }

  // Pass-through channels [R, D), in the same sweep.
  int64_t rotaryDim = op.getRotaryDim();
  int64_t channels = sliceType.getShape().back();
  if (!ShapedType::isDynamic(channels)) {
    for (int64_t c = rotaryDim; c < channels; c += copyWidth) {
      int64_t width = std::min(copyWidth, channels - c);
      acc = write(read(xSlice, heads, c, width), acc, heads, index(c));
    }
    return acc;
  }
  Value last = tensor::DimOp::create(b, loc, xSlice, sliceType.getRank() - 1);
  auto loop = scf::ForOp::create(b, loc, index(rotaryDim), last,
                                 index(copyWidth), ValueRange{acc});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value c = loop.getInductionVar();
  Value v = read(xSlice, heads, c, copyWidth, /*inBounds=*/false);
  scf::YieldOp::create(b, loc,
                       write(v, loop.getRegionIterArgs()[0], heads, c,
                             /*inBounds=*/false));
  return loop.getResult(0);
}

/// Loops over the head dims (the input dims the table map does not bind),
/// outermost first, carrying the output slice.
Value RotateLowering::emitHeadLoops(unsigned input, Value xSlice,
                                    Value outSlice,
                                    ArrayRef<int64_t> freeDims,
                                    ArrayRef<ChunkTrig> trig, Value valid) {
  SmallVector<Value> heads;
  std::function<Value(unsigned, Value)> nest = [&](unsigned level,
                                                   Value acc) -> Value {
    if (level == freeDims.size())
      return emitHead(input, xSlice, acc, heads, trig, valid);
    Value size = tensor::DimOp::create(b, loc, xSlice, level);
    auto loop = scf::ForOp::create(b, loc, index(0), size, index(1),
                                   ValueRange{acc});
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    heads.push_back(loop.getInductionVar());
    Value result = nest(level + 1, loop.getRegionIterArgs()[0]);
    heads.pop_back();
    scf::YieldOp::create(b, loc, result);
    return loop.getResult(0);
  };
  return nest(0, outSlice);
}

/// The rotation of input `input` for one table row: slices of the input and
/// the output at the row (head dims and channels), the head loops, and the
/// result.
Value RotateLowering::rotateInput(unsigned input, Value x, Value out,
                                  ValueRange rowIndices,
                                  ArrayRef<ChunkTrig> trig, Value valid) {
  auto type = cast<RankedTensorType>(x.getType());
  int64_t leadRank = type.getRank() - 1;
  AffineMap map = op.getTableMap(input);
  SmallVector<Value> bound(leadRank);
  for (auto [r, expr] : llvm::enumerate(map.getResults()))
    if (auto dim = dyn_cast<AffineDimExpr>(expr))
      bound[dim.getPosition()] = rowIndices[r];

  SmallVector<OpFoldResult> offsets, sizes, strides;
  SmallVector<int64_t> sliceShape, freeDims;
  for (int64_t d = 0; d <= leadRank; ++d) {
    strides.push_back(b.getIndexAttr(1));
    if (d < leadRank && bound[d]) {
      offsets.push_back(bound[d]);
      sizes.push_back(b.getIndexAttr(1));
      continue;
    }
    if (d < leadRank)
      freeDims.push_back(d);
    offsets.push_back(b.getIndexAttr(0));
    sizes.push_back(tensor::getMixedSize(b, loc, x, d));
    sliceShape.push_back(type.getDimSize(d));
  }
  auto sliceType = RankedTensorType::get(sliceShape, type.getElementType());
  Value xSlice = tensor::ExtractSliceOp::create(b, loc, sliceType, x, offsets,
                                                sizes, strides);
  Value outSlice = tensor::ExtractSliceOp::create(b, loc, sliceType, out,
                                                  offsets, sizes, strides);
  SmallVector<ChunkTrig> inputTrig(trig);
  applyInputFactors(input, rowIndices, inputTrig);
  Value result =
      emitHeadLoops(input, xSlice, outSlice, freeDims, inputTrig, valid);

  // The insertion goes into the forall's terminator, after every input's
  // computation.
  OpBuilder::InsertionGuard guard(b);
  auto forall = cast<scf::ForallOp>(b.getBlock()->getParentOp());
  b.setInsertionPointToEnd(forall.getTerminator().getBody());
  tensor::ParallelInsertSliceOp::create(b, loc, result, out, offsets, sizes,
                                        strides);
  return result;
}

SmallVector<Value> RotateLowering::build() {
  b.setInsertionPoint(op);
  SmallVector<Value> inits;
  for (Value input : op.getInputs()) {
    auto type = cast<RankedTensorType>(input.getType());
    inits.push_back(tensor::EmptyOp::create(
        b, loc, tensor::getMixedSizes(b, loc, input), type.getElementType()));
  }
  auto forall = scf::ForallOp::create(b, loc, rowBounds(), inits,
                                      /*mapping=*/std::nullopt);
  b.setInsertionPoint(forall.getTerminator());
  SmallVector<Value> rowIndices;
  if (!op.getTableRowShape().empty())
    rowIndices = forall.getInductionVars();
  TableRow row = resolveTableRow(b, loc, op, rowIndices, op.getPositions());
  SmallVector<ChunkTrig> trig = emitRowTrig(row);
  for (auto [n, input] : llvm::enumerate(op.getInputs()))
    rotateInput(n, input, forall.getRegionIterArgs()[n], rowIndices, trig,
                row.valid);
  return forall.getResults();
}

void mlir::rope::lowerRotateToCPU(RewriterBase &rewriter, RotateOp op,
                                  int64_t vectorBits) {
  RotateLowering lowering(rewriter, op, vectorBits);
  SmallVector<Value> results = lowering.build();
  SmallVector<Operation *> producers = lowering.getFusedProducers();
  rewriter.replaceOp(op, results);
  for (Operation *producer : producers)
    if (producer->use_empty())
      rewriter.eraseOp(producer);
}

namespace {
struct ConvertRopeToCPUPass
    : rope::impl::ConvertRopeToCPUBase<ConvertRopeToCPUPass> {
  using Base::Base;
  void runOnOperation() override {
    if (vectorBits < 32) {
      getOperation()->emitError("convert-rope-to-cpu: vector-bits must be at "
                                "least 32, got ")
          << vectorBits;
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    SmallVector<RotateOp> rotates;
    getOperation()->walk([&](RotateOp op) { rotates.push_back(op); });
    for (RotateOp op : rotates)
      lowerRotateToCPU(rewriter, op, vectorBits);
  }
};
} // namespace
