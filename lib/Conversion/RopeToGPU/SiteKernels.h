//===- SiteKernels.h - the kernels a rope site can get ----------*- C++ -*-===//
//
// convert-rope-to-gpu gives each rope.rotate one kernel. A SiteKernel knows
// how to emit its gpu.func body and, in the host launcher, its launch
// configuration from the device buffers' (possibly dynamic) sizes. Two
// strategies exist: the fused vectorized kernel (FusedKernel.cpp) and the
// element-per-thread kernel for what it does not cover (ElementwiseKernel.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_LIB_CONVERSION_ROPETOGPU_SITEKERNELS_H
#define ROPE_LIB_CONVERSION_ROPETOGPU_SITEKERNELS_H

#include "rope/Dialect/Rope/IR/RopeOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"

#include <array>
#include <memory>
#include <string>

namespace mlir::rope::gpu_site {

/// The buffers of one site in kernel and launcher argument order: the N
/// inputs, their N outputs, then the table operands the kernel reads.
struct SiteBuffers {
  unsigned numInputs = 0;
  SmallVector<MemRefType> types;
  SmallVector<std::string> roles;
  /// Positions in `types` of the table operands, -1 when absent.
  int angles = -1, cos = -1, sin = -1, positions = -1, xposPositions = -1;

  unsigned output(unsigned n) const { return numInputs + n; }
};

struct KernelOptions {
  /// Threads the device holds at full occupancy (SMs x 2048).
  int64_t deviceThreads = 132 * 2048;
  int64_t blockThreads = 256;
  int64_t unroll = 2;
  /// Compute the angles of a rope.freqs / rope.broadcat table in the kernel
  /// (AngleSource) instead of reading the table.
  bool computeAngles = true;
};

struct LaunchConfig {
  std::array<Value, 3> grid, block;
  /// Scalar kernel arguments that follow the buffers.
  SmallVector<Value> extraArgs;
};

class SiteKernel {
public:
  virtual ~SiteKernel() = default;
  /// "fused" or "elementwise" (recorded on the launcher and in tests).
  virtual StringRef kind() const = 0;
  virtual SmallVector<Type> extraArgTypes(MLIRContext *ctx) const = 0;
  virtual std::array<int32_t, 3> blockSize() const = 0;
  /// False when the kernel computes the angles itself: the site then has no
  /// `angles` buffer, and the body reads host tensors (see
  /// captureOuterValues).
  virtual bool readsAngleTable() const { return true; }
  /// Emits the kernel body at `b`'s insertion point, in front of gpu.return;
  /// `args` are the kernel's buffer arguments, laid out as `buffers` says.
  virtual void buildBody(OpBuilder &b, Location loc, const SiteBuffers &buffers,
                         ValueRange args, ValueRange extraArgs) const = 0;
  /// Emits the launch configuration in the host launcher.
  virtual LaunchConfig buildLaunchConfig(OpBuilder &b, Location loc,
                                         ValueRange buffers) const = 0;
};

/// The fused kernel for `op`, or null with the reason in `whyNot`.
std::unique_ptr<SiteKernel>
planFusedKernel(RotateOp op, const KernelOptions &options, std::string &whyNot);

/// The element-per-thread kernel, valid for every rope.rotate. It reads
/// the op's attributes while its body is built.
std::unique_ptr<SiteKernel> planElementwiseKernel(RotateOp op);

/// Turns the host tensors `kernel`'s body refers to into buffer arguments
/// inserted at `insertAt` (constants are cloned in instead). Returns the
/// tensors in argument order; fails, leaving `kernel` to be erased, on a
/// use it cannot turn into a buffer read.
FailureOr<SmallVector<Value>> captureOuterValues(gpu::GPUFuncOp kernel,
                                                 unsigned insertAt);

/// Index arithmetic with constant folding, for kernel and launcher code.
class IndexMath {
public:
  IndexMath(OpBuilder &b, Location loc) : b(b), loc(loc) {}
  Value c(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  Value add(Value x, Value y) {
    return b.createOrFold<arith::AddIOp>(loc, x, y);
  }
  Value sub(Value x, Value y) {
    return b.createOrFold<arith::SubIOp>(loc, x, y);
  }
  Value mul(Value x, Value y) {
    return b.createOrFold<arith::MulIOp>(loc, x, y);
  }
  Value div(Value x, Value y) {
    return b.createOrFold<arith::DivUIOp>(loc, x, y);
  }
  Value rem(Value x, Value y) {
    return b.createOrFold<arith::RemUIOp>(loc, x, y);
  }
  Value ceilDiv(Value x, Value y) {
    return b.createOrFold<arith::CeilDivUIOp>(loc, x, y);
  }
  Value min(Value x, Value y) {
    return b.createOrFold<arith::MinUIOp>(loc, x, y);
  }
  Value max(Value x, Value y) {
    return b.createOrFold<arith::MaxUIOp>(loc, x, y);
  }
  Value ult(Value x, Value y) {
    return b.createOrFold<arith::CmpIOp>(loc, arith::CmpIPredicate::ult, x, y);
  }
  /// Every dim of `memref`, static ones as constants.
  SmallVector<Value> dims(Value memref) {
    SmallVector<Value> result;
    auto type = cast<MemRefType>(memref.getType());
    for (int64_t d = 0; d < type.getRank(); ++d)
      result.push_back(
          type.isDynamicDim(d)
              ? memref::DimOp::create(b, loc, memref, d).getResult()
              : c(type.getDimSize(d)));
    return result;
  }
  Value product(ArrayRef<Value> values) {
    Value result = c(1);
    for (Value v : values)
      result = mul(result, v);
    return result;
  }
  /// Multi-index of `linear` over row-major `sizes`; the outermost index is
  /// not reduced (callers guarantee `linear` is in range).
  SmallVector<Value> delinearize(Value linear, ArrayRef<Value> sizes) {
    SmallVector<Value> indices(sizes.size());
    for (int64_t d = static_cast<int64_t>(sizes.size()) - 1; d > 0; --d) {
      indices[d] = rem(linear, sizes[d]);
      linear = div(linear, sizes[d]);
    }
    if (!sizes.empty())
      indices[0] = linear;
    return indices;
  }

  OpBuilder &b;
  Location loc;
};

} // namespace mlir::rope::gpu_site

#endif // ROPE_LIB_CONVERSION_ROPETOGPU_SITEKERNELS_H
