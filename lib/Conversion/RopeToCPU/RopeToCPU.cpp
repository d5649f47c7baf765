//===- RopeToCPU.cpp - fused vectorized CPU codegen for rope.rotate -------===//
//
// One loop nest per rope.rotate, parallel over the table rows (tokens). Why
// this shape (see also the pass description in Passes.td):
//
// - On tensors, with fresh tensor.empty outputs and one insertion per input
//   and iteration, one-shot bufferization writes every result in place and
//   inserts no copy; reading the inputs through tensor.extract_slice becomes
//   memref.subview.
// - Everything a token needs (its angles, sin/cos, cos/sin table entries) is
//   computed once at the top of its iteration, then used for every head of
//   every input. rotary_dim is static, so the channel loop is unrolled into
//   in-bounds vector transfers of static width, which become plain vector
//   loads and stores on the contiguous channel dim.
// - Token tiles. When the token dim is the inputs' innermost leading dim
//   (HF's [B, H, S, D]), one token's rows of different heads are far apart
//   (S * D elements), and visiting 2 x H short rows per token defeats the
//   hardware prefetchers (measured: 3-6x slower than a copy for 128-256 byte
//   rows). An iteration then takes a tile of tokens: their sin/cos go into
//   a small scratch buffer (tile x R/2 x 2 floats, L1-resident), and each
//   head streams through the tile's contiguous rows. With heads innermost
//   ([B, S, H, D]) a token's rows are contiguous already and sin/cos stay in
//   registers.
// - Small static problems run sequentially: forking threads costs more than
//   the work (decode shapes).
//
//===----------------------------------------------------------------------===//

#include "rope/Conversion/RopeToCPU/RopeToCPU.h"
#include "Dialect/Rope/Utils/AngleSource.h"
#include "Dialect/Rope/Utils/BF16Rounding.h"
#include "Dialect/Rope/Utils/LoweringUtils.h"
#include "Dialect/Rope/Utils/SinCos.h"
#include "rope/Conversion/Passes.h"
#include "rope/Dialect/Rope/IR/RopeOps.h"

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

/// One input's result for one iteration: the slice and where it goes.
struct SliceResult {
  Value value;
  SmallVector<OpFoldResult> offsets, sizes, strides;
};

/// Builds the fused loop nest of one rope.rotate.
class RotateLowering {
public:
  RotateLowering(RewriterBase &rewriter, RotateOp op,
                 const ConvertRopeToCPUOptions &options);

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
  int64_t lanes;
  SmallVector<Chunk> chunks;
  std::optional<AngleSource> angleSource;
  /// The table row dim iterated in tiles of `tileSize` (-1: one row at a
  /// time, sin/cos in registers).
  int64_t tileDim = -1;
  int64_t tileSize = 1;
  bool sequential = false;

  Value index(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  Value f32Vector(int64_t width, float v) {
    auto type = VectorType::get({width}, b.getF32Type());
    return arith::ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(type,
                               ArrayRef<Attribute>{b.getF32FloatAttr(v)}));
  }
  arith::FastMathFlagsAttr contract() {
    return arith::FastMathFlagsAttr::get(b.getContext(),
                                         arith::FastMathFlags::contract);
  }
  /// cos/sin vectors per chunk: 2 (cos, sin) when both elements of a pair
  /// share them, 4 for per-element tables.
  int64_t trigPerChunk() { return op.hasPerElementTable() ? 4 : 2; }

  void chooseSchedule(const ConvertRopeToCPUOptions &options);
  SmallVector<OpFoldResult> rowBounds();
  SmallVector<SliceResult> emitIteration(ValueRange ivs, ValueRange outs,
                                         ArrayRef<OpFoldResult> bounds);
  SmallVector<ChunkTrig> emitRowTrig(const TableRow &row);
  ChunkTrig readCosSin(const TableRow &row, Chunk chunk);
  void applyInputFactors(unsigned input, ValueRange rowIndices,
                         SmallVectorImpl<ChunkTrig> &trig);
  Value emitHead(Value xSlice, Value acc, ValueRange heads,
                 ArrayRef<ChunkTrig> trig, Value valid);
  std::pair<Value, Value> loadInterleavedPairs(Value pairs);
  Value storeInterleavedPairs(Value x, Value y, Type storage);

  Value read(Value source, ValueRange heads, Value channel, int64_t width,
             bool inBounds = true);
  Value read(Value source, ValueRange heads, int64_t channel, int64_t width) {
    return read(source, heads, index(channel), width);
  }
  Value write(Value vector, Value dest, ValueRange heads, Value channel,
              bool inBounds = true);
};

} // namespace

RotateLowering::RotateLowering(RewriterBase &rewriter, RotateOp op,
                               const ConvertRopeToCPUOptions &options)
    : b(rewriter), op(op), loc(op.getLoc()), numPairs(op.getRotaryDim() / 2) {
  // f32 lanes per vector; the math is f32 whatever the storage type. 16-bit
  // storage takes two f32 registers per vector: one full register of it,
  // and x86 narrows two registers of 32-bit lanes in one pack and one
  // permute where one register needs an extract and a pack.
  lanes = std::max<int64_t>(options.vectorBits / 32, 1);
  auto storage = cast<ShapedType>(op.getInputs().front().getType());
  if (storage.getElementTypeBitWidth() == 16)
    lanes *= 2;
  for (int64_t first = 0; first < numPairs; first += lanes)
    chunks.push_back({first, std::min(lanes, numPairs - first)});
  if (Value angles = op.getAngles())
    angleSource = AngleSource::analyze(angles, numPairs);
  chooseSchedule(options);
}

/// Token tiles when the first input's innermost leading dim is a table row
/// dim and it has head dims to loop over; sequential when all shapes are
/// static and the bytes moved are below the threshold.
void RotateLowering::chooseSchedule(const ConvertRopeToCPUOptions &options) {
  auto type = cast<RankedTensorType>(op.getInputs().front().getType());
  int64_t leadRank = type.getRank() - 1;
  AffineMap map = op.getTableMap(0);
  int64_t bound = 0;
  for (auto [r, expr] : llvm::enumerate(map.getResults())) {
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim)
      continue;
    ++bound;
    if (static_cast<int64_t>(dim.getPosition()) == leadRank - 1)
      tileDim = r;
  }
  // Per-token factors (xPos) and pass-through flags (coords) would need
  // their own scratch; those rare forms keep one token per iteration.
  bool hasHeads = bound < leadRank;
  // A dynamic channel count (kDynamic) must not enter the product.
  int64_t channels = type.getShape().back();
  int64_t rowBytes =
      ShapedType::isDynamic(channels)
          ? 0
          : channels * type.getElementType().getIntOrFloatBitWidth() / 8;
  if (tileDim >= 0 && hasHeads && !op.getXposAttr() && !op.getCoords() &&
      rowBytes > 0 && options.tileBytes > rowBytes) {
    tileSize = std::min<int64_t>(options.tileBytes / rowBytes, 256);
    int64_t rows = op.getTableRowShape()[tileDim];
    if (!ShapedType::isDynamic(rows))
      tileSize = std::min(tileSize, rows);
  }
  if (tileSize <= 1)
    tileDim = -1;

  int64_t moved = 0;
  for (Value input : op.getInputs()) {
    auto t = cast<RankedTensorType>(input.getType());
    if (!t.hasStaticShape())
      return;
    moved += 2 * t.getNumElements() * t.getElementTypeBitWidth() / 8;
  }
  sequential = moved < options.minParallelBytes;
}

/// The iteration space: the table rows. A table row dim's size is read off
/// an input dim the table maps bind to it (not off the table, whose
/// producer may be fused away), even when the table's own size is static:
/// with a dynamic input the verifier cannot compare the two, and the input
/// is what the kernel writes. A dim no input binds has the table's size, or
/// 1 when that is dynamic.
SmallVector<OpFoldResult> RotateLowering::rowBounds() {
  SmallVector<int64_t> rowShape = op.getTableRowShape();
  SmallVector<OpFoldResult> bounds;
  for (auto [r, size] : llvm::enumerate(rowShape)) {
    OpFoldResult bound = b.getIndexAttr(ShapedType::isDynamic(size) ? 1 : size);
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
    Value factor = emitXPosFactor(b, loc, op, input, pairIndices, positions);
    for (Value *v : {&t.cosA, &t.sinA, &t.cosB, &t.sinB})
      *v = arith::MulFOp::create(b, loc, *v, factor);
  }
}

/// Splits a vector of interleaved pairs (x0, y0, x1, y1, ...) in storage
/// type into (x, y) in f32. f32 pairs are one deinterleave (two permutes).
/// 16-bit storage never shuffles 16-bit floats (LLVM's x86 backend
/// scalarizes those): bf16 pairs are 32-bit lanes whose low half is x and
/// high half is y, so x = lane << 16 and y = lane & 0xffff0000 are already
/// their f32 values; f16 pairs are split as i16 and then converted.
std::pair<Value, Value> RotateLowering::loadInterleavedPairs(Value pairs) {
  auto type = cast<VectorType>(pairs.getType());
  int64_t width = type.getNumElements() / 2;
  Type storage = type.getElementType();
  if (storage.isF32()) {
    auto split = vector::DeinterleaveOp::create(b, loc, pairs);
    return {split.getRes1(), split.getRes2()};
  }
  if (storage.isBF16()) {
    auto i32Type = VectorType::get({width}, b.getI32Type());
    auto f32Type = VectorType::get({width}, b.getF32Type());
    auto splat = [&](int32_t v) -> Value {
      return arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(i32Type, ArrayRef<int32_t>(v)));
    };
    Value lanes = vector::BitCastOp::create(b, loc, i32Type, pairs);
    Value x = arith::ShLIOp::create(b, loc, lanes, splat(16));
    Value y = arith::AndIOp::create(b, loc, lanes, splat(int32_t(0xffff0000)));
    return {vector::BitCastOp::create(b, loc, f32Type, x),
            vector::BitCastOp::create(b, loc, f32Type, y)};
  }
  auto i16Type = VectorType::get({2 * width}, b.getI16Type());
  auto halfType = VectorType::get({width}, storage);
  auto split = vector::DeinterleaveOp::create(
      b, loc, vector::BitCastOp::create(b, loc, i16Type, pairs));
  auto toF32 = [&](Value v) {
    return extendToF32(b, loc, vector::BitCastOp::create(b, loc, halfType, v));
  };
  return {toF32(split.getRes1()), toF32(split.getRes2())};
}

/// The inverse of loadInterleavedPairs: rounds x and y (f32) to `storage`
/// and interleaves them, as i16 for f16. bf16 pairs are built as 32-bit
/// lanes (y's bf16 in the high half, x's in the low half) from the f32 bit
/// patterns rounded to nearest even in integer ops: no 16-bit shuffle, and
/// an integer result, which x86 can store non-temporally (it drops the hint
/// on bf16 vectors; see rope-cpu-streaming-stores).
Value RotateLowering::storeInterleavedPairs(Value x, Value y, Type storage) {
  if (storage.isF32())
    return vector::InterleaveOp::create(b, loc, x, y);
  int64_t width = cast<VectorType>(x.getType()).getNumElements();
  if (storage.isBF16()) {
    auto i32Type = VectorType::get({width}, b.getI32Type());
    auto splat = [&](uint32_t v) -> Value {
      return arith::ConstantOp::create(
          b, loc,
          DenseElementsAttr::get(i32Type, ArrayRef<int32_t>(int32_t(v))));
    };
    Value low = arith::ShRUIOp::create(b, loc, roundToBF16HighHalf(b, loc, x),
                                       splat(16));
    Value high = arith::AndIOp::create(b, loc, roundToBF16HighHalf(b, loc, y),
                                       splat(0xffff0000));
    return vector::BitCastOp::create(b, loc,
                                     VectorType::get({2 * width}, storage),
                                     arith::OrIOp::create(b, loc, high, low));
  }
  auto i16Type = VectorType::get({width}, b.getI16Type());
  auto asI16 = [&](Value v) {
    return vector::BitCastOp::create(b, loc, i16Type,
                                     truncateFromF32(b, loc, v, storage));
  };
  Value xi = asI16(x);
  Value yi = asI16(y);
  Value joined = vector::InterleaveOp::create(b, loc, xi, yi);
  return vector::BitCastOp::create(
      b, loc, VectorType::get({2 * width}, storage), joined);
}

/// One row (the channels of one input at `heads`, indices into the slice):
/// rotate every chunk and copy the pass-through channels, into `acc`.
Value RotateLowering::emitHead(Value xSlice, Value acc, ValueRange heads,
                               ArrayRef<ChunkTrig> trig, Value valid) {
  auto sliceType = cast<RankedTensorType>(xSlice.getType());
  Type storage = sliceType.getElementType();
  bool half = op.getLayout() == Layout::half;
  for (auto [chunk, t] : llvm::zip(chunks, trig)) {
    Value a, bv;
    if (half) {
      a = extendToF32(b, loc, read(xSlice, heads, chunk.first, chunk.width));
      bv = extendToF32(
          b, loc, read(xSlice, heads, chunk.first + numPairs, chunk.width));
    } else {
      std::tie(a, bv) = loadInterleavedPairs(
          read(xSlice, heads, 2 * chunk.first, 2 * chunk.width));
    }
    // a' = a cos_a - b sin_a, b' = b cos_b + a sin_b; contractible to FMAs.
    auto mul = [&](Value x, Value y) {
      return arith::MulFOp::create(b, loc, x, y, contract());
    };
    Value aCos = mul(a, t.cosA), bSin = mul(bv, t.sinA);
    Value newA = arith::SubFOp::create(b, loc, aCos, bSin, contract());
    Value bCos = mul(bv, t.cosB), aSin = mul(a, t.sinB);
    Value newB = arith::AddFOp::create(b, loc, bCos, aSin, contract());
    if (valid) {
      // A token with a negative coordinate passes through untouched (the
      // f32 extension rounds back to the stored value exactly).
      newA = arith::SelectOp::create(b, loc, valid, newA, a);
      newB = arith::SelectOp::create(b, loc, valid, newB, bv);
    }
    if (half) {
      acc = write(truncateFromF32(b, loc, newA, storage), acc, heads,
                  index(chunk.first));
      acc = write(truncateFromF32(b, loc, newB, storage), acc, heads,
                  index(chunk.first + numPairs));
    } else {
      acc = write(storeInterleavedPairs(newA, newB, storage), acc, heads,
                  index(2 * chunk.first));
    }
  }

  // Pass-through channels [R, D), in the same sweep.
  int64_t rotaryDim = op.getRotaryDim();
  int64_t channels = sliceType.getShape().back();
  if (!ShapedType::isDynamic(channels)) {
    for (int64_t c = rotaryDim; c < channels; c += lanes) {
      int64_t width = std::min(lanes, channels - c);
      acc = write(read(xSlice, heads, c, width), acc, heads, index(c));
    }
    return acc;
  }
  Value last = tensor::DimOp::create(b, loc, xSlice, sliceType.getRank() - 1);
  auto loop = scf::ForOp::create(b, loc, index(rotaryDim), last, index(lanes),
                                 ValueRange{acc});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value c = loop.getInductionVar();
  Value v = read(xSlice, heads, c, lanes, /*inBounds=*/false);
  scf::YieldOp::create(b, loc,
                       write(v, loop.getRegionIterArgs()[0], heads, c,
                             /*inBounds=*/false));
  return loop.getResult(0);
}

/// Builds `scf.for` loops over [0, size) for each size, carrying `acc`;
/// `body` gets the induction variables and the carried value and returns
/// the new one.
static Value
buildLoopNest(OpBuilder &b, Location loc, ArrayRef<Value> sizes, Value acc,
              function_ref<Value(ValueRange ivs, Value acc)> body) {
  SmallVector<Value> ivs;
  std::function<Value(unsigned, Value)> nest = [&](unsigned level,
                                                   Value carried) -> Value {
    if (level == sizes.size())
      return body(ivs, carried);
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    auto loop = scf::ForOp::create(b, loc, zero, sizes[level], one,
                                   ValueRange{carried});
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    ivs.push_back(loop.getInductionVar());
    Value result = nest(level + 1, loop.getRegionIterArgs()[0]);
    ivs.pop_back();
    scf::YieldOp::create(b, loc, result);
    return loop.getResult(0);
  };
  return nest(0, acc);
}

/// One iteration of the row loop: the row (or the tile of rows along
/// `tileDim`) at `ivs`. Returns each input's result: the slice of `outs[n]`
/// this iteration owns, rotated.
SmallVector<SliceResult>
RotateLowering::emitIteration(ValueRange ivs, ValueRange outs,
                              ArrayRef<OpFoldResult> bounds) {
  SmallVector<Value> rowIvs;
  if (!op.getTableRowShape().empty())
    rowIvs.assign(ivs.begin(), ivs.end());

  // Tile: [t0, t0 + tileLength) along tileDim.
  Value tileLength;
  if (tileDim >= 0) {
    Value remaining = arith::SubIOp::create(
        b, loc, getValueOrCreateConstantIndexOp(b, loc, bounds[tileDim]),
        rowIvs[tileDim]);
    tileLength = arith::MinSIOp::create(b, loc, remaining, index(tileSize));
  }

  // Per-token sin/cos: in registers for a single row; for a tile, in a
  // [tile, vectors, lanes] scratch tensor filled here and read per row.
  SmallVector<ChunkTrig> rowTrig;
  Value valid, scratch;
  int64_t perChunk = trigPerChunk();
  if (tileDim < 0) {
    TableRow row = resolveTableRow(b, loc, op, rowIvs, op.getPositions());
    rowTrig = emitRowTrig(row);
    valid = row.valid;
  } else {
    SmallVector<int64_t> scratchShape = {
        tileSize, static_cast<int64_t>(chunks.size()) * perChunk, lanes};
    Value empty = tensor::EmptyOp::create(b, loc, scratchShape, b.getF32Type());
    scratch = buildLoopNest(
        b, loc, {tileLength}, empty, [&](ValueRange token, Value acc) {
          SmallVector<Value> rowIndices(rowIvs);
          rowIndices[tileDim] =
              arith::AddIOp::create(b, loc, rowIvs[tileDim], token.front());
          TableRow row =
              resolveTableRow(b, loc, op, rowIndices, op.getPositions());
          for (auto [c, t] : llvm::enumerate(emitRowTrig(row))) {
            Value values[] = {t.cosA, t.sinA, t.cosB, t.sinB};
            for (int64_t j = 0; j < perChunk; ++j)
              acc = write(values[j], acc,
                          {token.front(), index(c * perChunk + j)}, index(0));
          }
          return acc;
        });
  }
  auto tileTrig = [&](Value token) {
    SmallVector<ChunkTrig> trig;
    for (auto [c, chunk] : llvm::enumerate(chunks)) {
      SmallVector<Value> v;
      for (int64_t j = 0; j < perChunk; ++j)
        v.push_back(
            read(scratch, {token, index(c * perChunk + j)}, 0, chunk.width));
      trig.push_back(perChunk == 4 ? ChunkTrig{v[0], v[1], v[2], v[3]}
                                   : ChunkTrig{v[0], v[1], v[0], v[1]});
    }
    return trig;
  };

  SmallVector<SliceResult> results;
  for (auto [n, x] : llvm::enumerate(op.getInputs())) {
    auto type = cast<RankedTensorType>(x.getType());
    int64_t leadRank = type.getRank() - 1;
    // The table row dim that binds each leading dim (-1: a head dim).
    SmallVector<int64_t> rowOf(leadRank, -1);
    for (auto [r, expr] : llvm::enumerate(op.getTableMap(n).getResults()))
      if (auto dim = dyn_cast<AffineDimExpr>(expr))
        rowOf[dim.getPosition()] = r;

    // The slice: bound dims fixed (dropped), the tiled dim over the tile,
    // head dims and channels whole. `loopOf` gives, for each slice dim but
    // the channels, its head loop (or -1 for the tile's token loop).
    SliceResult slice;
    SmallVector<int64_t> sliceShape, loopOf;
    SmallVector<Value> headSizes;
    for (int64_t d = 0; d <= leadRank; ++d) {
      slice.strides.push_back(b.getIndexAttr(1));
      int64_t r = d < leadRank ? rowOf[d] : -1;
      if (r >= 0) {
        slice.offsets.push_back(rowIvs[r]);
        if (r != tileDim) {
          slice.sizes.push_back(b.getIndexAttr(1));
          continue;
        }
        slice.sizes.push_back(tileLength);
        sliceShape.push_back(ShapedType::kDynamic);
        loopOf.push_back(-1);
        continue;
      }
      OpFoldResult size = tensor::getMixedSize(b, loc, x, d);
      slice.offsets.push_back(b.getIndexAttr(0));
      slice.sizes.push_back(size);
      sliceShape.push_back(type.getDimSize(d));
      if (d < leadRank) {
        loopOf.push_back(headSizes.size());
        headSizes.push_back(getValueOrCreateConstantIndexOp(b, loc, size));
      }
    }
    auto sliceType = RankedTensorType::get(sliceShape, type.getElementType());
    Value xSlice = tensor::ExtractSliceOp::create(
        b, loc, sliceType, x, slice.offsets, slice.sizes, slice.strides);
    Value outSlice = tensor::ExtractSliceOp::create(
        b, loc, sliceType, outs[n], slice.offsets, slice.sizes, slice.strides);
    SmallVector<ChunkTrig> inputTrig(rowTrig);
    if (tileDim < 0)
      applyInputFactors(n, rowIvs, inputTrig);
    auto rowIndices = [&](ValueRange heads, Value token) {
      SmallVector<Value> indices;
      for (int64_t k : loopOf)
        indices.push_back(k < 0 ? token : heads[k]);
      return indices;
    };

    // Head loops outermost, the tile's tokens innermost: each head streams
    // through the tile's contiguous rows.
    slice.value = buildLoopNest(
        b, loc, headSizes, outSlice, [&](ValueRange heads, Value acc) {
          if (tileDim < 0)
            return emitHead(xSlice, acc, rowIndices(heads, Value()), inputTrig,
                            valid);
          return buildLoopNest(
              b, loc, {tileLength}, acc, [&](ValueRange token, Value acc2) {
                return emitHead(xSlice, acc2, rowIndices(heads, token.front()),
                                tileTrig(token.front()), Value());
              });
        });
    results.push_back(std::move(slice));
  }
  return results;
}

SmallVector<Value> RotateLowering::build() {
  b.setInsertionPoint(op);
  SmallVector<Value> inits;
  for (Value input : op.getInputs()) {
    auto type = cast<RankedTensorType>(input.getType());
    inits.push_back(tensor::EmptyOp::create(
        b, loc, tensor::getMixedSizes(b, loc, input), type.getElementType()));
  }
  SmallVector<OpFoldResult> bounds = rowBounds();
  SmallVector<OpFoldResult> steps(bounds.size(), b.getIndexAttr(1));
  if (tileDim >= 0)
    steps[tileDim] = b.getIndexAttr(tileSize);

  if (!sequential) {
    SmallVector<OpFoldResult> lbs(bounds.size(), b.getIndexAttr(0));
    auto forall = scf::ForallOp::create(b, loc, lbs, bounds, steps, inits,
                                        /*mapping=*/std::nullopt);
    b.setInsertionPoint(forall.getTerminator());
    SmallVector<SliceResult> slices = emitIteration(
        forall.getInductionVars(), forall.getRegionIterArgs(), bounds);
    b.setInsertionPointToEnd(forall.getTerminator().getBody());
    for (auto [slice, out] : llvm::zip(slices, forall.getRegionIterArgs()))
      tensor::ParallelInsertSliceOp::create(
          b, loc, slice.value, out, slice.offsets, slice.sizes, slice.strides);
    return forall.getResults();
  }

  // Sequential: the same iterations in an scf.for nest carrying the outputs.
  SmallVector<Value> ivs;
  std::function<SmallVector<Value>(unsigned, ValueRange)> nest =
      [&](unsigned level, ValueRange outs) -> SmallVector<Value> {
    if (level == bounds.size()) {
      SmallVector<Value> updated;
      for (auto [slice, out] :
           llvm::zip(emitIteration(ivs, outs, bounds), outs))
        updated.push_back(tensor::InsertSliceOp::create(
            b, loc, slice.value, out, slice.offsets, slice.sizes,
            slice.strides));
      return updated;
    }
    auto loop = scf::ForOp::create(
        b, loc, index(0),
        getValueOrCreateConstantIndexOp(b, loc, bounds[level]),
        getValueOrCreateConstantIndexOp(b, loc, steps[level]), outs);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    ivs.push_back(loop.getInductionVar());
    SmallVector<Value> updated = nest(level + 1, loop.getRegionIterArgs());
    ivs.pop_back();
    scf::YieldOp::create(b, loc, updated);
    return loop.getResults();
  };
  return nest(0, inits);
}

void mlir::rope::lowerRotateToCPU(RewriterBase &rewriter, RotateOp op,
                                  const ConvertRopeToCPUOptions &options) {
  RotateLowering lowering(rewriter, op, options);
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
          << vectorBits.getValue();
      return signalPassFailure();
    }
    ConvertRopeToCPUOptions options{vectorBits, tileBytes, minParallelBytes};
    IRRewriter rewriter(&getContext());
    SmallVector<RotateOp> rotates;
    getOperation()->walk([&](RotateOp op) { rotates.push_back(op); });
    for (RotateOp op : rotates)
      lowerRotateToCPU(rewriter, op, options);
  }
};
} // namespace
