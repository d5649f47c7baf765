//===- ElementwiseKernel.cpp - one thread per output element --------------===//
//
// The kernel for sites the fused kernel does not cover (xPos, coordinate
// gathers, dynamic channel counts, mixed inputs). Each thread computes one
// output element with the op's scalar definition (emitRotateElement, the
// same code the reference lowering uses), so it is correct for every
// rope.rotate the verifier accepts; it is not meant to be fast.
//
//===----------------------------------------------------------------------===//

#include "SiteKernels.h"

#include "Dialect/Rope/Utils/LoweringUtils.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::rope;
using namespace mlir::rope::gpu_site;

namespace {

constexpr int64_t kBlockThreads = 256;

class ElementwiseKernel final : public SiteKernel {
public:
  explicit ElementwiseKernel(RotateOp op)
      : op(op), numInputs(op.getInputs().size()) {}

  StringRef kind() const override { return "elementwise"; }
  SmallVector<Type> extraArgTypes(MLIRContext *) const override { return {}; }
  std::array<int32_t, 3> blockSize() const override {
    return {kBlockThreads, 1, 1};
  }

  void buildBody(OpBuilder &b, Location loc, const SiteBuffers &buffers,
                 ValueRange args, ValueRange) const override {
    IndexMath m(b, loc);
    auto operand = [&](int index) {
      return index >= 0 ? args[index] : Value();
    };
    TableOperands table{operand(buffers.angles), operand(buffers.cos),
                        operand(buffers.sin), operand(buffers.positions),
                        operand(buffers.xposPositions)};
    Value thread =
        m.add(m.mul(gpu::BlockIdOp::create(b, loc, gpu::Dimension::x),
                    m.c(kBlockThreads)),
              gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x));
    // The inputs' elements, one after the other, are the thread index space.
    Value start = m.c(0);
    for (unsigned n = 0; n < buffers.numInputs; ++n) {
      Value input = args[n], output = args[buffers.output(n)];
      SmallVector<Value> dims = m.dims(input);
      Value count = m.product(dims);
      // Threads before `start` wrap around to huge unsigned values.
      Value element = m.sub(thread, start);
      auto owns = scf::IfOp::create(b, loc, m.ult(element, count),
                                    /*withElseRegion=*/false);
      {
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPointToStart(owns.thenBlock());
        SmallVector<Value> indices = m.delinearize(element, dims);
        Value x = memref::LoadOp::create(b, loc, input, indices);
        Value y = emitRotateElement(b, loc, op, n, input, x, indices, table);
        memref::StoreOp::create(b, loc, y, output, indices);
      }
      start = m.add(start, count);
    }
  }

  LaunchConfig buildLaunchConfig(OpBuilder &b, Location loc,
                                 ValueRange args) const override {
    IndexMath m(b, loc);
    Value total = m.c(0);
    for (unsigned n = 0; n < numInputs; ++n)
      total = m.add(total, m.product(m.dims(args[n])));
    Value one = m.c(1);
    LaunchConfig config;
    config.grid = {m.ceilDiv(total, m.c(kBlockThreads)), one, one};
    config.block = {m.c(kBlockThreads), one, one};
    return config;
  }

private:
  RotateOp op;
  unsigned numInputs;
};

} // namespace

std::unique_ptr<SiteKernel>
mlir::rope::gpu_site::planElementwiseKernel(RotateOp op) {
  return std::make_unique<ElementwiseKernel>(op);
}
