//===- FusedKernel.cpp - the fused, vectorized RoPE kernel ----------------===//
//
// Work decomposition (what hand-written RoPE kernels do, made shape-driven):
//
// - A thread owns one "item" of a (token, head) row of D channels: for the
//   half layout a pair of VW-wide vectors x[i..i+VW) and x[R/2+i..R/2+i+VW)
//   (each element loaded once, both halves of its pairs in registers), for
//   the interleaved layout one VW-wide vector holding VW/2 pairs; the
//   remaining items copy the pass-through channels [R, D). VW makes every
//   access 128 bits wide when the shapes allow it (8 x bf16, 4 x f32).
// - threadIdx.x enumerates the items of a row (blockDim.x = items), and each
//   threadIdx.y row of the CTA is a "unit": one token (table row) and one
//   group of heads, taken from all inputs in turn (q's heads, then k's), so
//   q and k go in one launch and a thread's cos/sin, computed or loaded
//   once per unit, serve every head of its group.
// - The launcher picks the group count from the shape at run time: enough
//   units to fill the device, as few groups as possible (decode: one head
//   per unit; long prefill: many heads per unit).
// - Within a unit the head loop issues the loads of `unroll` heads before
//   their stores, so each thread keeps several 128-bit loads in flight; a
//   thread only ever reads the elements it writes, which keeps in-place
//   calls (output buffer == input buffer) correct.
//
//===----------------------------------------------------------------------===//

#include "SiteKernels.h"

#include "Dialect/Rope/Utils/AngleSource.h"
#include "Dialect/Rope/Utils/LoweringUtils.h"
#include "Dialect/Rope/Utils/SinCos.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/SymbolTable.h"

#include <numeric>

using namespace mlir;
using namespace mlir::rope;
using namespace mlir::rope::gpu_site;

namespace {

/// Where cos/sin come from: the angle table (read, or computed from the
/// positions that produced it), or a cos/sin table per pair or per element.
enum class TableKind {
  Angles,
  ComputedAngles,
  CosSinPerPair,
  CosSinPerElement
};

/// Everything the kernel's structure depends on, fixed at compile time.
struct FusedPlan {
  unsigned numInputs = 0;
  Type elementType;
  int64_t channels = 0, rotaryDim = 0;
  bool halfLayout = true;
  /// Elements per vector access, and the items of one (token, head) row.
  int64_t vectorWidth = 1, rotaryItems = 0, passItems = 0;
  int64_t rowsPerBlock = 1, unroll = 1, deviceThreads = 0;
  float scale = 1.0f;
  /// For each input and table row dim, the input dim it follows (-1: a
  /// size-1 table dim the map broadcasts with 0).
  SmallVector<SmallVector<int64_t>> rowDims;
  TableKind table = TableKind::Angles;
  int64_t tableWidth = 0;
  bool gathered = false;
  /// With ComputedAngles: the producers of the angle table.
  std::optional<AngleSource> angleSource;

  int64_t items() const { return rotaryItems + passItems; }
  /// Pairs one rotary item covers.
  int64_t pairsPerItem() const {
    return halfLayout ? vectorWidth : vectorWidth / 2;
  }
};

/// Largest power of two dividing `v` (any power for 0), at most `cap`.
int64_t powerOfTwoDividing(int64_t v, int64_t cap) {
  int64_t p = 1;
  while (p < cap && v % (2 * p) == 0)
    p *= 2;
  return p;
}

/// The byte alignment of a vector access whose element offset is a
/// multiple of `multiple`, for buffers aligned to 16 bytes.
int64_t accessAlignment(Type elementType, int64_t multiple) {
  int64_t bytes = elementType.getIntOrFloatBitWidth() / 8;
  return std::min<int64_t>(16, bytes * powerOfTwoDividing(multiple, 16));
}

/// The sizes the launch and the kernel compute from the inputs' dims.
struct SiteShape {
  SmallVector<SmallVector<Value>> dims, strides;
  Value rows, totalHeads;
  SmallVector<Value> heads, headBase;
};

/// cos/sin of a thread's pairs: `a` for the pairs' first elements, `b` for
/// the second ones (the same values unless the table is per element).
struct CosSin {
  Value cosA, sinA, cosB, sinB;
};

class FusedKernel final : public SiteKernel {
public:
  explicit FusedKernel(FusedPlan plan) : p(std::move(plan)) {}

  StringRef kind() const override { return "fused"; }

  SmallVector<Type> extraArgTypes(MLIRContext *ctx) const override {
    // Head groups, heads per group.
    Type index = IndexType::get(ctx);
    return {index, index};
  }

  std::array<int32_t, 3> blockSize() const override {
    return {static_cast<int32_t>(p.items()),
            static_cast<int32_t>(p.rowsPerBlock), 1};
  }

  bool readsAngleTable() const override {
    return p.table != TableKind::ComputedAngles;
  }

  void buildBody(OpBuilder &b, Location loc, const SiteBuffers &buffers,
                 ValueRange args, ValueRange extraArgs) const override;
  LaunchConfig buildLaunchConfig(OpBuilder &b, Location loc,
                                 ValueRange buffers) const override;

private:
  SiteShape computeShape(IndexMath &m, ValueRange inputs) const;
  /// The element offset in input `n` of a row-major linear index over its
  /// dims `dims` (a token over the table's dims, a head over the others).
  Value offsetOf(IndexMath &m, const SiteShape &s, unsigned n,
                 ArrayRef<int64_t> dims, Value linear) const;
  CosSin emitCosSin(OpBuilder &b, Location loc, const SiteBuffers &buffers,
                    ValueRange args, const SiteShape &s, Value row,
                    Value tx) const;
  Value emitComputedAngles(OpBuilder &b, Location loc, const SiteShape &s,
                           Value tableRow, Value pairStart) const;
  Value load(OpBuilder &b, Location loc, Value flat, Value offset,
             int64_t width, int64_t offsetMultiple) const;
  void store(OpBuilder &b, Location loc, Value value, Value flat,
             Value offset) const;
  void
  emitHeadLoop(OpBuilder &b, Location loc, Value lo, Value hi,
               function_ref<void(OpBuilder &, ArrayRef<Value>)> body) const;
  void emitRotate(OpBuilder &b, Location loc, Value x, Value y,
                  ArrayRef<Value> offsets, Value tx, const CosSin &cs) const;
  void emitCopy(OpBuilder &b, Location loc, Value x, Value y,
                ArrayRef<Value> offsets, Value tx) const;

  FusedPlan p;
};

/// A 1-D view of a contiguous buffer, so that every access is one offset.
Value flatten(OpBuilder &b, Location loc, Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  if (type.getRank() == 1)
    return memref;
  ReassociationIndices all(type.getRank());
  std::iota(all.begin(), all.end(), 0);
  return memref::CollapseShapeOp::create(b, loc, memref,
                                         ArrayRef<ReassociationIndices>{all});
}

/// True when `dims` are consecutive increasing dims: a row-major linear
/// index over them is then one multiple of the innermost one's stride.
bool areConsecutive(ArrayRef<int64_t> dims) {
  for (size_t i = 1; i < dims.size(); ++i)
    if (dims[i] != dims[i - 1] + 1)
      return false;
  return true;
}

/// The lead dims of input `n` that do not index the table: its heads.
SmallVector<int64_t> headDims(const FusedPlan &p, unsigned n, int64_t rank) {
  SmallVector<int64_t> result;
  for (int64_t d = 0; d + 1 < rank; ++d)
    if (!llvm::is_contained(p.rowDims[n], d))
      result.push_back(d);
  return result;
}

SmallVector<int64_t> mappedDims(const FusedPlan &p, unsigned n) {
  SmallVector<int64_t> result;
  for (int64_t d : p.rowDims[n])
    if (d >= 0)
      result.push_back(d);
  return result;
}

SiteShape FusedKernel::computeShape(IndexMath &m, ValueRange inputs) const {
  SiteShape s;
  for (Value input : inputs) {
    s.dims.push_back(m.dims(input));
    SmallVector<Value> strides(s.dims.back().size());
    Value stride = m.c(1);
    for (int64_t d = static_cast<int64_t>(strides.size()) - 1; d >= 0; --d) {
      strides[d] = stride;
      stride = m.mul(stride, s.dims.back()[d]);
    }
    s.strides.push_back(strides);
  }
  SmallVector<Value> rowSizes;
  for (int64_t d : mappedDims(p, 0))
    rowSizes.push_back(s.dims[0][d]);
  s.rows = m.product(rowSizes);
  s.totalHeads = m.c(0);
  for (unsigned n = 0; n < p.numInputs; ++n) {
    SmallVector<Value> sizes;
    for (int64_t d : headDims(p, n, s.dims[n].size()))
      sizes.push_back(s.dims[n][d]);
    s.headBase.push_back(s.totalHeads);
    s.heads.push_back(m.product(sizes));
    s.totalHeads = m.add(s.totalHeads, s.heads.back());
  }
  return s;
}

Value FusedKernel::offsetOf(IndexMath &m, const SiteShape &s, unsigned n,
                            ArrayRef<int64_t> dims, Value linear) const {
  if (dims.empty())
    return m.c(0);
  if (areConsecutive(dims))
    return m.mul(linear, s.strides[n][dims.back()]);
  SmallVector<Value> sizes;
  for (int64_t d : dims)
    sizes.push_back(s.dims[n][d]);
  Value offset = m.c(0);
  for (auto [d, index] : llvm::zip(dims, m.delinearize(linear, sizes)))
    offset = m.add(offset, m.mul(index, s.strides[n][d]));
  return offset;
}

Value FusedKernel::load(OpBuilder &b, Location loc, Value flat, Value offset,
                        int64_t width, int64_t offsetMultiple) const {
  Type elementType = cast<MemRefType>(flat.getType()).getElementType();
  auto type = VectorType::get({width}, elementType);
  return vector::LoadOp::create(
      b, loc, type, flat, offset, /*nontemporal=*/false,
      llvm::MaybeAlign(accessAlignment(elementType, offsetMultiple)));
}

void FusedKernel::store(OpBuilder &b, Location loc, Value value, Value flat,
                        Value offset) const {
  // Every input/output access is at a multiple of the vector width.
  vector::StoreOp::create(
      b, loc, value, flat, offset, /*nontemporal=*/false,
      llvm::MaybeAlign(accessAlignment(p.elementType, p.vectorWidth)));
}

CosSin FusedKernel::emitCosSin(OpBuilder &b, Location loc,
                               const SiteBuffers &sb, ValueRange args,
                               const SiteShape &s, Value row, Value tx) const {
  IndexMath m(b, loc);
  Value tableRow = row;
  if (sb.positions >= 0) {
    Value positions = flatten(b, loc, args[sb.positions]);
    Value position = memref::LoadOp::create(b, loc, positions, row);
    if (!position.getType().isIndex())
      position = arith::IndexCastOp::create(b, loc, b.getIndexType(), position);
    tableRow = position;
  }
  Value rowStart = m.mul(tableRow, m.c(p.tableWidth));
  int64_t pairs = p.pairsPerItem();
  Value pairStart = m.add(rowStart, m.mul(tx, m.c(pairs)));
  int64_t pairMultiple = std::gcd(p.tableWidth, pairs);

  if (p.table == TableKind::Angles || p.table == TableKind::ComputedAngles) {
    Value angle;
    if (p.table == TableKind::ComputedAngles) {
      angle = emitComputedAngles(b, loc, s, tableRow, m.mul(tx, m.c(pairs)));
    } else {
      Value angles = flatten(b, loc, args[sb.angles]);
      angle = load(b, loc, angles, pairStart, pairs, pairMultiple);
    }
    auto [sine, cosine] = emitSinCos(b, loc, angle);
    return {cosine, sine, cosine, sine};
  }
  Value cosTable = flatten(b, loc, args[sb.cos]);
  Value sinTable = flatten(b, loc, args[sb.sin]);
  auto loadBoth = [&](Value offset, int64_t width, int64_t multiple) {
    Value c =
        extendToF32(b, loc, load(b, loc, cosTable, offset, width, multiple));
    Value sn =
        extendToF32(b, loc, load(b, loc, sinTable, offset, width, multiple));
    return std::make_pair(c, sn);
  };
  if (p.table == TableKind::CosSinPerPair) {
    auto [c, sn] = loadBoth(pairStart, pairs, pairMultiple);
    return {c, sn, c, sn};
  }
  // Per element: the table is used exactly as given, one value per channel.
  int64_t vw = p.vectorWidth;
  Value channel = m.add(rowStart, m.mul(tx, m.c(vw)));
  int64_t channelMultiple = std::gcd(p.tableWidth, vw);
  if (p.halfLayout) {
    auto [cosA, sinA] = loadBoth(channel, vw, channelMultiple);
    Value second = m.add(channel, m.c(p.rotaryDim / 2));
    auto [cosB, sinB] =
        loadBoth(second, vw, std::gcd(channelMultiple, p.rotaryDim / 2));
    return {cosA, sinA, cosB, sinB};
  }
  auto [c, sn] = loadBoth(channel, vw, channelMultiple);
  auto cosParts = vector::DeinterleaveOp::create(b, loc, c);
  auto sinParts = vector::DeinterleaveOp::create(b, loc, sn);
  return {cosParts.getRes1(), sinParts.getRes1(), cosParts.getRes2(),
          sinParts.getRes2()};
}

/// A constant table in the kernel's gpu.module (global memory: threads
/// read different slots), as a memref.get_global in front of `b`.
Value constantTable(OpBuilder &b, Location loc, StringRef suffix,
                    DenseElementsAttr values) {
  auto kernel = b.getBlock()->getParentOp()->getParentOfType<gpu::GPUFuncOp>();
  auto module = kernel->getParentOfType<gpu::GPUModuleOp>();
  auto type = MemRefType::get(values.getType().getShape(),
                              values.getType().getElementType());
  OpBuilder mb = OpBuilder::atBlockBegin(module.getBody());
  auto global = memref::GlobalOp::create(
      mb, loc, (kernel.getName() + suffix).str(), mb.getStringAttr("private"),
      type, values, /*constant=*/true, mb.getI64IntegerAttr(16));
  SymbolTable(module).insert(global);
  return memref::GetGlobalOp::create(b, loc, type, global.getSymName());
}

Value FusedKernel::emitComputedAngles(OpBuilder &b, Location loc,
                                      const SiteShape &s, Value tableRow,
                                      Value slotStart) const {
  IndexMath m(b, loc);
  const AngleSource &source = *p.angleSource;
  // The analyzed table's leading indices: the gathered row, or the token
  // over the table's row dims.
  SmallVector<Value> row;
  if (p.gathered) {
    row.push_back(tableRow);
  } else {
    SmallVector<Value> sizes;
    for (int64_t d : p.rowDims[0])
      sizes.push_back(d >= 0 ? s.dims[0][d] : m.c(1));
    row = m.delinearize(tableRow, sizes);
  }
  SmallVector<Value> positions = source.emitAxisPositions(b, loc, row);

  int64_t pairs = p.pairsPerItem();
  int64_t slots = source.getNumSlots();
  Type f32 = b.getF32Type();
  auto vectorType = VectorType::get({pairs}, f32);
  auto slotTable = [&](Type elementType, auto values, StringRef suffix) {
    auto type = RankedTensorType::get({slots}, elementType);
    Value table =
        constantTable(b, loc, suffix, DenseElementsAttr::get(type, values));
    return load(b, loc, table, slotStart, pairs, pairs);
  };
  Value w = slotTable(f32, source.getInverseFrequencies(), "_inv_freq");
  // Each lane takes the position of its slot's axis (one select per extra
  // axis: t/h/w of a 3D table, the sections of mRoPE).
  Value position =
      vector::BroadcastOp::create(b, loc, vectorType, positions[0]);
  if (positions.size() > 1) {
    Type i32 = b.getI32Type();
    SmallVector<int32_t> axisIds =
        llvm::map_to_vector(source.getSlotAxes(),
                            [](int64_t a) { return static_cast<int32_t>(a); });
    Value axisOfSlot = slotTable(i32, ArrayRef<int32_t>(axisIds), "_slot_axis");
    auto idType = VectorType::get({pairs}, i32);
    for (auto [a, p_a] : llvm::enumerate(llvm::drop_begin(positions))) {
      Value id = arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(idType, static_cast<int32_t>(a + 1)));
      Value mine = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                         axisOfSlot, id);
      Value broadcast = vector::BroadcastOp::create(b, loc, vectorType, p_a);
      position = arith::SelectOp::create(b, loc, mine, broadcast, position);
    }
  }
  // angle = (f32(p) [* position_scale]) * w, the f32 product rope.freqs
  // defines (no contraction).
  return arith::MulFOp::create(b, loc, position, w);
}

void FusedKernel::emitHeadLoop(
    OpBuilder &b, Location loc, Value lo, Value hi,
    function_ref<void(OpBuilder &, ArrayRef<Value>)> body) const {
  IndexMath m(b, loc);
  hi = m.max(hi, lo);
  Value one = m.c(1);
  Value mainEnd = lo;
  if (p.unroll > 1) {
    Value step = m.c(p.unroll);
    mainEnd = m.add(lo, m.mul(m.div(m.sub(hi, lo), step), step));
    scf::ForOp::create(
        b, loc, lo, mainEnd, step, {},
        [&](OpBuilder &nb, Location nloc, Value head, ValueRange) {
          IndexMath nm(nb, nloc);
          SmallVector<Value> heads;
          for (int64_t u = 0; u < p.unroll; ++u)
            heads.push_back(nm.add(head, nm.c(u)));
          body(nb, heads);
          scf::YieldOp::create(nb, nloc);
        });
  }
  scf::ForOp::create(b, loc, mainEnd, hi, one, {},
                     [&](OpBuilder &nb, Location nloc, Value head, ValueRange) {
                       body(nb, {head});
                       scf::YieldOp::create(nb, nloc);
                     });
}

void FusedKernel::emitRotate(OpBuilder &b, Location loc, Value x, Value y,
                             ArrayRef<Value> offsets, Value tx,
                             const CosSin &cs) const {
  IndexMath m(b, loc);
  auto fm = arith::FastMathFlagsAttr::get(b.getContext(),
                                          arith::FastMathFlags::contract);
  int64_t vw = p.vectorWidth;
  Value itemStart = m.mul(tx, m.c(vw));
  // a' = a cos_a - b sin_a, b' = b cos_b + a sin_b (RopeOps.td), in f32.
  auto rotatePair = [&](Value a, Value bv) -> std::pair<Value, Value> {
    // Sequenced one op per statement so the IR order is the same with every
    // host compiler (argument evaluation order is unspecified).
    Value aCos = arith::MulFOp::create(b, loc, a, cs.cosA, fm);
    Value bSin = arith::MulFOp::create(b, loc, bv, cs.sinA, fm);
    Value ra = arith::SubFOp::create(b, loc, aCos, bSin, fm);
    Value bCos = arith::MulFOp::create(b, loc, bv, cs.cosB, fm);
    Value aSin = arith::MulFOp::create(b, loc, a, cs.sinB, fm);
    Value rb = arith::AddFOp::create(b, loc, bCos, aSin, fm);
    if (p.scale != 1.0f) {
      Value scale = arith::ConstantOp::create(
          b, loc,
          DenseElementsAttr::get(cast<ShapedType>(ra.getType()),
                                 b.getF32FloatAttr(p.scale)));
      ra = arith::MulFOp::create(b, loc, ra, scale, fm);
      rb = arith::MulFOp::create(b, loc, rb, scale, fm);
    }
    return {ra, rb};
  };

  if (p.halfLayout) {
    Value halfDim = m.c(p.rotaryDim / 2);
    SmallVector<std::pair<Value, Value>> loaded;
    for (Value offset : offsets) {
      Value first = m.add(offset, itemStart);
      Value a = load(b, loc, x, first, vw, vw);
      Value bv = load(b, loc, x, m.add(first, halfDim), vw, vw);
      loaded.push_back({a, bv});
    }
    for (auto [offset, pair] : llvm::zip(offsets, loaded)) {
      Value a = extendToF32(b, loc, pair.first);
      Value bv = extendToF32(b, loc, pair.second);
      auto [ra, rb] = rotatePair(a, bv);
      Value first = m.add(offset, itemStart);
      store(b, loc, truncateFromF32(b, loc, ra, p.elementType), y, first);
      store(b, loc, truncateFromF32(b, loc, rb, p.elementType), y,
            m.add(first, halfDim));
    }
    return;
  }
  SmallVector<Value> loaded;
  for (Value offset : offsets)
    loaded.push_back(load(b, loc, x, m.add(offset, itemStart), vw, vw));
  for (auto [offset, value] : llvm::zip(offsets, loaded)) {
    auto parts =
        vector::DeinterleaveOp::create(b, loc, extendToF32(b, loc, value));
    auto [ra, rb] = rotatePair(parts.getRes1(), parts.getRes2());
    Value joined = vector::InterleaveOp::create(b, loc, ra, rb);
    store(b, loc, truncateFromF32(b, loc, joined, p.elementType), y,
          m.add(offset, itemStart));
  }
}

void FusedKernel::emitCopy(OpBuilder &b, Location loc, Value x, Value y,
                           ArrayRef<Value> offsets, Value tx) const {
  IndexMath m(b, loc);
  int64_t vw = p.vectorWidth;
  // Pass-through items follow the rotary ones: channel R + (tx - rot) * VW.
  Value channel =
      m.add(m.c(p.rotaryDim), m.mul(m.sub(tx, m.c(p.rotaryItems)), m.c(vw)));
  SmallVector<Value> loaded;
  for (Value offset : offsets)
    loaded.push_back(load(b, loc, x, m.add(offset, channel), vw, vw));
  for (auto [offset, value] : llvm::zip(offsets, loaded))
    store(b, loc, value, y, m.add(offset, channel));
}

void FusedKernel::buildBody(OpBuilder &b, Location loc,
                            const SiteBuffers &buffers, ValueRange args,
                            ValueRange extraArgs) const {
  IndexMath m(b, loc);
  unsigned numInputs = p.numInputs;
  SiteShape s = computeShape(m, args.take_front(numInputs));
  Value groups = extraArgs[0], perGroup = extraArgs[1];

  Value tx = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x);
  Value ty = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::y);
  Value bx = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
  Value unit = m.add(m.mul(bx, m.c(p.rowsPerBlock)), ty);
  auto inRange = scf::IfOp::create(b, loc, m.ult(unit, m.mul(s.rows, groups)),
                                   /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(inRange.thenBlock());

  Value row = m.div(unit, groups);
  Value group = m.sub(unit, m.mul(row, groups));
  Value headLo = m.mul(group, perGroup);
  Value headHi = m.min(m.add(headLo, perGroup), s.totalHeads);

  SmallVector<Value> xs, ys, rowOffsets;
  for (unsigned n = 0; n < numInputs; ++n) {
    xs.push_back(flatten(b, loc, args[n]));
    ys.push_back(flatten(b, loc, args[buffers.output(n)]));
    rowOffsets.push_back(offsetOf(m, s, n, mappedDims(p, n), row));
  }

  // Runs `step` for the heads of this unit's group, input by input.
  auto forEachHead =
      [&](OpBuilder &b,
          function_ref<void(OpBuilder &, unsigned, ArrayRef<Value>)> step) {
        IndexMath m(b, loc);
        for (unsigned n = 0; n < numInputs; ++n) {
          Value base = s.headBase[n];
          Value end = m.add(base, s.heads[n]);
          Value lo = m.sub(m.min(m.max(headLo, base), end), base);
          Value hi = m.sub(m.min(m.max(headHi, base), end), base);
          emitHeadLoop(
              b, loc, lo, hi, [&](OpBuilder &nb, ArrayRef<Value> heads) {
                IndexMath nm(nb, loc);
                SmallVector<int64_t> dims = headDims(p, n, s.dims[n].size());
                SmallVector<Value> offsets;
                for (Value head : heads)
                  offsets.push_back(
                      nm.add(rowOffsets[n], offsetOf(nm, s, n, dims, head)));
                step(nb, n, offsets);
              });
        }
      };
  auto rotate = [&](OpBuilder &b) {
    CosSin cs = emitCosSin(b, loc, buffers, args, s, row, tx);
    forEachHead(b, [&](OpBuilder &nb, unsigned n, ArrayRef<Value> offsets) {
      emitRotate(nb, loc, xs[n], ys[n], offsets, tx, cs);
    });
  };
  auto copy = [&](OpBuilder &b) {
    forEachHead(b, [&](OpBuilder &nb, unsigned n, ArrayRef<Value> offsets) {
      emitCopy(nb, loc, xs[n], ys[n], offsets, tx);
    });
  };

  if (p.rotaryItems == 0) {
    copy(b);
  } else if (p.passItems == 0) {
    rotate(b);
  } else {
    auto split = scf::IfOp::create(b, loc, m.ult(tx, m.c(p.rotaryItems)),
                                   /*withElseRegion=*/true);
    b.setInsertionPointToStart(split.thenBlock());
    rotate(b);
    b.setInsertionPointToStart(split.elseBlock());
    copy(b);
  }
}

LaunchConfig FusedKernel::buildLaunchConfig(OpBuilder &b, Location loc,
                                            ValueRange buffers) const {
  IndexMath m(b, loc);
  SiteShape s = computeShape(m, buffers.take_front(p.numInputs));
  Value one = m.c(1);
  Value heads = m.max(s.totalHeads, one);
  // As many head groups as it takes to fill the device, at most one per head.
  Value threadsPerGroup = m.max(m.mul(s.rows, m.c(p.items())), one);
  Value groups = m.min(
      m.max(m.ceilDiv(m.c(p.deviceThreads), threadsPerGroup), one), heads);
  Value perGroup = m.ceilDiv(heads, groups);
  groups = m.ceilDiv(heads, perGroup);
  // No heads at all: an empty grid, which the runtime skips.
  Value units = m.mul(m.mul(s.rows, groups), m.min(s.totalHeads, one));
  LaunchConfig config;
  config.grid = {m.ceilDiv(units, m.c(p.rowsPerBlock)), one, one};
  config.block = {m.c(p.items()), m.c(p.rowsPerBlock), one};
  config.extraArgs = {groups, perGroup};
  return config;
}

} // namespace

std::unique_ptr<SiteKernel>
mlir::rope::gpu_site::planFusedKernel(RotateOp op, const KernelOptions &options,
                                      std::string &whyNot) {
  FusedPlan p;
  p.numInputs = op.getInputs().size();
  p.rotaryDim = op.getRotaryDim();
  p.halfLayout = op.getLayout() == Layout::half;
  p.scale = op.getScale().convertToFloat();
  p.unroll = std::max<int64_t>(1, options.unroll);
  p.deviceThreads = options.deviceThreads;

  if (op.getXposAttr()) {
    whyNot = "xPos decay";
    return nullptr;
  }
  if (op.getCoords()) {
    whyNot = "coordinate gather";
    return nullptr;
  }
  auto firstType = cast<RankedTensorType>(op.getInputs()[0].getType());
  p.elementType = firstType.getElementType();
  p.channels = firstType.getShape().back();
  for (Value input : op.getInputs()) {
    auto type = cast<RankedTensorType>(input.getType());
    if (type.getElementType() != p.elementType ||
        type.getShape().back() != p.channels) {
      whyNot = "inputs differ in element type or channel count";
      return nullptr;
    }
  }
  if (ShapedType::isDynamic(p.channels) || p.channels == 0) {
    whyNot = "dynamic or empty channel dim";
    return nullptr;
  }

  // The widest vector (at most 128 bits) that tiles the rows, the rotary
  // halves (half) or the pairs (interleaved), and the pass-through part.
  int64_t elementBytes = p.elementType.getIntOrFloatBitWidth() / 8;
  int64_t width = powerOfTwoDividing(p.channels, 16 / elementBytes);
  if (p.rotaryDim > 0)
    width = std::min(
        width, powerOfTwoDividing(p.halfLayout ? p.rotaryDim / 2 : p.rotaryDim,
                                  16 / elementBytes));
  if (!p.halfLayout && p.rotaryDim > 0 && width < 2) {
    whyNot = "odd channel count with interleaved pairs";
    return nullptr;
  }
  p.vectorWidth = width;
  p.rotaryItems = (p.halfLayout ? p.rotaryDim / 2 : p.rotaryDim) / width;
  p.passItems = (p.channels - p.rotaryDim) / width;
  if (p.items() > 1024) {
    whyNot = "more than 1024 vectors per row";
    return nullptr;
  }
  p.rowsPerBlock = std::max<int64_t>(1, options.blockThreads / p.items());
  p.rowsPerBlock = std::min(p.rowsPerBlock, 1024 / p.items());

  p.gathered = static_cast<bool>(op.getPositions());
  if (op.getAngles()) {
    p.table = TableKind::Angles;
    // Angles from rope.freqs (through rope.broadcat and reshapes) are
    // computed from the positions; a table any axis reads stays a table.
    AngleSource source = AngleSource::analyze(op.getAngles(), p.rotaryDim / 2);
    if (options.computeAngles && p.rotaryDim > 0 &&
        llvm::all_of(source.getAxes(),
                     [](const AngleAxis &axis) { return axis.freqs; })) {
      p.table = TableKind::ComputedAngles;
      p.angleSource = std::move(source);
    }
  } else {
    p.table = op.hasPerElementTable() ? TableKind::CosSinPerElement
                                      : TableKind::CosSinPerPair;
  }
  p.tableWidth = cast<ShapedType>(op.getTable().getType()).getShape().back();

  for (unsigned n = 0; n < p.numInputs; ++n) {
    SmallVector<int64_t> dims;
    for (AffineExpr expr : op.getTableMap(n).getResults()) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      dims.push_back(dim ? static_cast<int64_t>(dim.getPosition()) : -1);
    }
    p.rowDims.push_back(std::move(dims));
  }
  return std::make_unique<FusedKernel>(std::move(p));
}
