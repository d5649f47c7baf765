//===- CheckLowered.cpp - what the CPU pipeline failed to lower -----------===//

#include "rope/Codegen/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::rope {
#define GEN_PASS_DEF_ROPECPUCHECKLOWERED
#include "rope/Codegen/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;

namespace {
struct RopeCPUCheckLoweredPass
    : rope::impl::RopeCPUCheckLoweredBase<RopeCPUCheckLoweredPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    WalkResult result = module.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op == module.getOperation() ||
          isa_and_present<LLVM::LLVMDialect, omp::OpenMPDialect>(
              op->getDialect()))
        return WalkResult::advance();
      op->emitError("rope-cpu-pipeline: '")
          << op->getName() << "' was not lowered to the LLVM dialect";
      return WalkResult::interrupt();
    });
    if (result.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
