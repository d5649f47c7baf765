//===- KernelCapture.cpp - isolate a kernel built with shared emitters ----===//
//
// Shared emitters written for code inline in the host function (AngleSource
// reads the positions tensors of rope.freqs, and their dims, directly) also
// build the GPU kernels' bodies. The kernel is then not isolated: it refers
// to tensors of the function around the site. This step makes it a kernel
// again, the way gpu-kernel-outlining turns captured values into arguments:
// scalar constants are cloned in, tensors become buffer arguments (their
// element reads memref.load, their dims memref.dim); anything else fails, and
// the caller builds a kernel that reads the materialized table instead.
//
//===----------------------------------------------------------------------===//

#include "SiteKernels.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::rope;
using namespace mlir::rope::gpu_site;

/// True when `value` is defined outside `kernel`.
static bool isOuter(gpu::GPUFuncOp kernel, Value value) {
  Region *region = value.getParentRegion();
  return !kernel.getBody().isAncestor(region);
}

FailureOr<SmallVector<Value>>
mlir::rope::gpu_site::captureOuterValues(gpu::GPUFuncOp kernel,
                                         unsigned insertAt) {
  Block &entry = kernel.getBody().front();
  OpBuilder constants = OpBuilder::atBlockBegin(&entry);
  IRMapping clonedConstants;
  SmallVector<Value> captured;
  DenseMap<Value, BlockArgument> buffers;

  auto bufferFor = [&](Value tensor) {
    auto it = buffers.find(tensor);
    if (it != buffers.end())
      return it->second;
    auto type = cast<RankedTensorType>(tensor.getType());
    unsigned index = insertAt + captured.size();
    kernel.insertArgument(
        index, MemRefType::get(type.getShape(), type.getElementType()),
        DictionaryAttr(), tensor.getLoc());
    captured.push_back(tensor);
    return buffers[tensor] = kernel.getArgument(index);
  };

  SmallVector<Operation *> ops;
  kernel.walk([&](Operation *op) { ops.push_back(op); });
  for (Operation *op : ops) {
    for (OpOperand &operand : op->getOpOperands()) {
      Value value = operand.get();
      if (!isOuter(kernel, value))
        continue;
      Operation *def = value.getDefiningOp();
      // Scalar and vector constants are cloned; a constant tensor is data
      // like any other (a buffer made from a global on the host).
      if (def && def->hasTrait<OpTrait::ConstantLike>() &&
          !isa<TensorType>(value.getType())) {
        if (!clonedConstants.contains(value))
          constants.clone(*def, clonedConstants);
        operand.set(clonedConstants.lookup(value));
        continue;
      }
      if (!isa<RankedTensorType>(value.getType()))
        return failure();
      OpBuilder b(op);
      if (auto extract = dyn_cast<tensor::ExtractOp>(op);
          extract && operand.getOperandNumber() == 0) {
        Value load = memref::LoadOp::create(b, op->getLoc(), bufferFor(value),
                                            extract.getIndices());
        extract.replaceAllUsesWith(load);
        extract.erase();
        break;
      }
      if (auto dim = dyn_cast<tensor::DimOp>(op);
          dim && operand.getOperandNumber() == 0) {
        Value size = memref::DimOp::create(b, op->getLoc(), bufferFor(value),
                                           dim.getIndex());
        dim.replaceAllUsesWith(size);
        dim.erase();
        break;
      }
      return failure();
    }
  }
  return captured;
}
