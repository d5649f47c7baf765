//===- Pipelines.cpp - rope lowering pipelines, in one place --------------===//

#include "rope/Pipelines/Pipelines.h"

#include "rope/Conversion/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// Tensors to buffers across the whole module, with identity-layout memrefs
/// at function boundaries so that `@main` can hand them to printMemrefF32.
static void addBufferization(OpPassManager &pm) {
  bufferization::OneShotBufferizePassOptions options;
  options.bufferizeFunctionBoundaries = true;
  options.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(options));
  bufferization::BufferDeallocationPipelineOptions deallocOptions;
  bufferization::buildBufferDeallocationPipeline(pm, deallocOptions);
}

/// Loops, memrefs, arith, math and complex down to the LLVM dialect.
static void addLowerToLLVM(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createConvertComplexToStandardPass());
  arith::ArithExpandOpsPassOptions expandOptions;
  expandOptions.includeBf16 = true;
  pm.addPass(arith::createArithExpandOpsPass(expandOptions));
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createConvertComplexToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

void mlir::rope::buildRopeCpuKernelsPipeline(
    OpPassManager &pm, const CpuPipelineOptions &options) {
  pm.addPass(createConvertRopeToLinalg());
}

void mlir::rope::buildRopeCpuPipeline(OpPassManager &pm,
                                      const CpuPipelineOptions &options) {
  buildRopeCpuKernelsPipeline(pm, options);
  pm.addPass(createCanonicalizerPass());
  addBufferization(pm);
  addLowerToLLVM(pm);
}

/// PassPipelineRegistration, except that a bad option string is reported
/// through the caller's error handler (a diagnostic for the C API and Python)
/// instead of straight to stderr.
template <typename Options>
static void registerPipeline(StringRef name, StringRef description,
                             void (*build)(OpPassManager &, const Options &)) {
  registerPassPipeline(
      name, description,
      [build](OpPassManager &pm, StringRef text,
              function_ref<LogicalResult(const Twine &)> errorHandler) {
        Options options;
        std::string message;
        llvm::raw_string_ostream os(message);
        if (failed(options.parseFromString(text, os)))
          return errorHandler(message);
        build(pm, options);
        return success();
      },
      [](function_ref<void(const detail::PassOptions &)> optionHandler) {
        optionHandler(Options());
      });
}

void mlir::rope::registerRopePipelines() {
  registerPipeline<CpuPipelineOptions>(
      "rope-cpu-pipeline",
      "Lower a module of func/linalg/tensor/arith/math/complex/rope ops on "
      "tensors to the LLVM dialect (runnable by mlir-runner)",
      buildRopeCpuPipeline);
  registerPipeline<CpuPipelineOptions>(
      "rope-cpu-kernels",
      "Lower only the rope ops, to CPU kernels on tensors, leaving the rest "
      "of the module as it is: the rope part of --rope-cpu-pipeline, for a "
      "host pipeline that bufferizes and lowers to LLVM itself",
      buildRopeCpuKernelsPipeline);
}
