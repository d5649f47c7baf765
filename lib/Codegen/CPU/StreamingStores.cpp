//===- StreamingStores.cpp - non-temporal stores for large kernel outputs -===//
//
// A regular store to a line that is not in the cache first reads the line
// (read-for-ownership), so a kernel that reads x and writes x' moves three
// bytes per byte of x, while a copy with streaming stores moves two. For
// outputs far larger than the caches (prefill q/k: 32-64 MiB each) the
// fused kernels write with non-temporal stores instead: measured 1.33x
// faster on LLaMA-7B prefill f32, one thread.
//
// Non-temporal vector stores must be aligned to their size (x86 lowers an
// under-aligned one to 8-byte scalar stores), and alignment is only known at
// run time. So each head loop nest of a kernel is versioned: if every output
// slice it writes starts 64-byte aligned (and its row strides keep that),
// the copy with streaming stores runs, else the original. This runs after
// bufferization, on the scf.forall loops convert-rope-to-cpu builds.
//
//===----------------------------------------------------------------------===//

#include "Codegen/CPU/ExpandBF16Truncations.h"

#include "rope/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <numeric>

namespace mlir::rope {
#define GEN_PASS_DEF_ROPECPUSTREAMINGSTORES
#include "rope/Codegen/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;

namespace {
constexpr int64_t kLineBytes = 64;

/// The memref a write inside the loop nest `root` goes to, followed back
/// through scf.for iteration arguments to a value from outside the nest.
static Value outsideDestination(Value dest, scf::ForOp root) {
  while (auto arg = dyn_cast<BlockArgument>(dest)) {
    auto loop = dyn_cast<scf::ForOp>(arg.getOwner()->getParentOp());
    if (!loop || arg.getArgNumber() == 0 || !root->isAncestor(loop))
      return Value();
    dest = loop.getInitArgs()[arg.getArgNumber() - 1];
  }
  if (root->isAncestor(dest.getParentRegion()->getParentOp()))
    return Value();
  return dest;
}

/// Bytes of `type`'s element.
static int64_t elementBytes(ShapedType type) {
  return type.getElementTypeBitWidth() / 8;
}

/// The alignment (bytes, up to a line) a write to `dest` at static channel
/// `channel` has when `dest` starts line-aligned, or 0 when it cannot be
/// told: every stride but the unit one must keep whole lines.
static int64_t writeAlignment(MemRefType dest, int64_t channel) {
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(dest.getStridesAndOffset(strides, offset)) || strides.empty() ||
      strides.back() != 1)
    return 0;
  int64_t bytes = elementBytes(dest);
  for (auto [size, stride] :
       llvm::zip(dest.getShape().drop_back(), ArrayRef(strides).drop_back())) {
    if (size == 1)
      continue;
    if (ShapedType::isDynamic(stride) || (stride * bytes) % kLineBytes != 0)
      return 0;
  }
  int64_t byteOffset = channel * bytes;
  return byteOffset == 0 ? kLineBytes : std::gcd(byteOffset, kLineBytes);
}

/// A write the streaming copy turns into a non-temporal store.
struct StreamingWrite {
  vector::TransferWriteOp op;
  int64_t alignment;
};

/// A head loop nest and what its streaming copy changes.
struct StreamingNest {
  scf::ForOp root;
  SmallVector<StreamingWrite> writes;
  /// The memrefs (from outside the nest) the writes go to.
  SmallVector<Value> outputs;
};

/// The writes of `root` (a head loop nest) and where they go, when all can
/// stream: whole 1-D vectors, in bounds, at a static channel, aligned to
/// their size once their output starts on a line.
static FailureOr<StreamingNest> streamingNest(scf::ForOp root) {
  StreamingNest nest{root, {}, {}};
  bool ok = true;
  root.walk([&](vector::TransferWriteOp write) {
    Value dest = outsideDestination(write.getBase(), root);
    auto type = dyn_cast<MemRefType>(write.getBase().getType());
    VectorType vector = write.getVectorType();
    std::optional<int64_t> channel =
        getConstantIntValue(write.getIndices().back());
    if (!dest || !type || vector.getRank() != 1 || write.getMask() ||
        !write.getPermutationMap().isMinorIdentity() ||
        !write.isDimInBounds(0) || !channel) {
      ok = false;
      return;
    }
    int64_t vectorBytes = vector.getNumElements() * elementBytes(vector);
    if (!llvm::isPowerOf2_64(vectorBytes) ||
        writeAlignment(type, *channel) < vectorBytes) {
      ok = false;
      return;
    }
    nest.writes.push_back({write, vectorBytes});
    if (!llvm::is_contained(nest.outputs, dest))
      nest.outputs.push_back(dest);
  });
  if (!ok || nest.writes.empty() ||
      llvm::any_of(root.getResults(), [](Value r) { return !r.use_empty(); }))
    return failure();
  return nest;
}

/// The buffer `value` views, through subviews.
static Value viewedBuffer(Value value) {
  while (auto subview = value.getDefiningOp<memref::SubViewOp>())
    value = subview.getSource();
  return value;
}

/// The static size in bytes of the buffer `value` views, or 0.
static int64_t bufferBytes(Value value) {
  value = viewedBuffer(value);
  auto type = dyn_cast<MemRefType>(value.getType());
  if (!type || !type.hasStaticShape())
    return 0;
  return type.getNumElements() * elementBytes(type);
}

/// i1: the start of `memref` (aligned pointer + offset) is on a line.
static Value startsOnLine(OpBuilder &b, Location loc, Value memref) {
  auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
  Value pointer =
      memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  int64_t bytes = elementBytes(cast<MemRefType>(memref.getType()));
  Value offsetBytes = arith::MulIOp::create(
      b, loc, meta.getOffset(), arith::ConstantIndexOp::create(b, loc, bytes));
  Value start = arith::AddIOp::create(b, loc, pointer, offsetBytes);
  Value rem = arith::RemUIOp::create(
      b, loc, start, arith::ConstantIndexOp::create(b, loc, kLineBytes));
  return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rem,
                               arith::ConstantIndexOp::create(b, loc, 0));
}

/// Replaces `write` by a non-temporal LLVM store of its vector at its
/// address. 16-bit floats are stored as i16 (x86 has no streaming store
/// pattern for bf16/f16 vectors); that only holds when the i16 value is not
/// a bitcast of a float vector, which LLVM folds (see expandBf16Truncations).
static void emitStreamingStore(RewriterBase &b, vector::TransferWriteOp write,
                               int64_t alignment) {
  Location loc = write.getLoc();
  b.setInsertionPoint(write);
  Value dest = write.getBase();
  auto meta = memref::ExtractStridedMetadataOp::create(b, loc, dest);
  Value element = meta.getOffset();
  for (auto [index, stride] : llvm::zip(write.getIndices(), meta.getStrides()))
    element = arith::AddIOp::create(
        b, loc, element, arith::MulIOp::create(b, loc, index, stride));
  int64_t bytes = elementBytes(cast<MemRefType>(dest.getType()));
  Value address = arith::AddIOp::create(
      b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, dest),
      arith::MulIOp::create(b, loc, element,
                            arith::ConstantIndexOp::create(b, loc, bytes)));
  Value address64 =
      arith::IndexCastUIOp::create(b, loc, b.getI64Type(), address);
  Value pointer = LLVM::IntToPtrOp::create(
      b, loc, LLVM::LLVMPointerType::get(b.getContext()), address64,
      /*dereferenceable=*/nullptr);
  Value vector = write.getVector();
  VectorType type = write.getVectorType();
  if (isa<FloatType>(type.getElementType()) &&
      type.getElementTypeBitWidth() == 16)
    vector = vector::BitCastOp::create(
        b, loc, VectorType::get(type.getShape(), b.getI16Type()), vector);
  LLVM::StoreOp::create(b, loc, vector, pointer, alignment,
                        /*isVolatile=*/false, /*isNonTemporal=*/true);
  b.eraseOp(write);
}

/// With native f32 -> bf16 conversions (AVX512-BF16) the stored vector is a
/// bitcast of a bf16 vector; LLVM folds the bitcast into the store, and the
/// x86 backend then drops the non-temporal hint of a bf16 vector store
/// (measured: cogvideox bf16 at 1.35x the copy, every store a regular one).
/// Rounding to bf16 with integer ops in the streaming copy keeps the stored
/// value an integer vector. (f16 with AVX512-FP16 has the same problem and
/// no integer expansion upstream; it keeps regular stores.)
static void expandBf16Truncations(Operation *root) {
  SmallVector<Operation *> truncations;
  root->walk([&](arith::TruncFOp op) {
    if (getElementTypeOrSelf(op.getType()).isBF16())
      truncations.push_back(op);
  });
  if (truncations.empty())
    return;
  RewritePatternSet patterns(root->getContext());
  populateExpandBF16TruncationPatterns(patterns);
  (void)applyOpPatternsGreedily(truncations, std::move(patterns));
}

/// Versions a head loop nest: streaming stores when every output it writes
/// starts on a line, the original otherwise.
static void versionLoopNest(RewriterBase &b, const StreamingNest &nest) {
  scf::ForOp root = nest.root;
  Location loc = root.getLoc();
  b.setInsertionPoint(root);
  Value aligned;
  for (Value output : nest.outputs) {
    Value ok = startsOnLine(b, loc, output);
    aligned =
        aligned ? arith::AndIOp::create(b, loc, aligned, ok).getResult() : ok;
  }
  auto ifOp = scf::IfOp::create(b, loc, aligned, /*withElseRegion=*/true);
  b.setInsertionPointToStart(ifOp.thenBlock());
  IRMapping mapping;
  Operation *streaming = b.clone(*root, mapping);
  b.moveOpBefore(root, ifOp.elseBlock(), ifOp.elseBlock()->begin());
  for (StreamingWrite w : nest.writes)
    emitStreamingStore(
        b, cast<vector::TransferWriteOp>(mapping.lookup(w.op.getOperation())),
        w.alignment);
  expandBf16Truncations(streaming);
}

struct RopeCPUStreamingStoresPass
    : rope::impl::RopeCPUStreamingStoresBase<RopeCPUStreamingStoresPass> {
  using Base::Base;
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<scf::ForallOp> foralls;
    getOperation()->walk([&](scf::ForallOp op) {
      if (op.getNumResults() == 0 && !op.getMapping())
        foralls.push_back(op);
    });
    for (scf::ForallOp forall : foralls) {
      SmallVector<StreamingNest> nests;
      int64_t bytes = 0;
      for (auto loop : forall.getBody()->getOps<scf::ForOp>()) {
        FailureOr<StreamingNest> nest = streamingNest(loop);
        // Only nests writing the kernel's outputs, buffers from outside the
        // forall (not the per-tile sin/cos scratch, which stays cached).
        if (failed(nest) || llvm::any_of(nest->outputs, [&](Value output) {
              Value buffer = viewedBuffer(output);
              return forall->isAncestor(
                  buffer.getParentRegion()->getParentOp());
            }))
          continue;
        for (Value output : nest->outputs)
          bytes += bufferBytes(output);
        nests.push_back(std::move(*nest));
      }
      if (bytes < minBytes || nests.empty())
        continue;
      for (const StreamingNest &nest : nests)
        versionLoopNest(rewriter, nest);
      // Non-temporal stores are weakly ordered: fence them before whatever
      // follows the kernel. This thread's here; other threads' drain at the
      // join of the parallel loop (its barrier is made of locked
      // instructions). Outside the loop body, where a fence would also keep
      // scf-to-openmp's alloca scope from being inlined.
      rewriter.setInsertionPointAfter(forall);
      LLVM::FenceOp::create(rewriter, forall.getLoc(),
                            LLVM::AtomicOrdering::seq_cst);
    }
  }
};
} // namespace
