//===- Pipelines.cpp - rope lowering pipelines, in one place --------------===//

#include "rope/Pipelines/Pipelines.h"

#include "rope/Conversion/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
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

void mlir::rope::buildRopeCpuPipeline(OpPassManager &pm,
                                      const CpuPipelineOptions &options) {
  pm.addPass(createConvertRopeToLinalg());
  pm.addPass(createCanonicalizerPass());
  addBufferization(pm);
  addLowerToLLVM(pm);
}

void mlir::rope::buildRopeGpuPipeline(OpPassManager &pm,
                                      const GpuPipelineOptions &options) {
  ConvertRopeToGPUOptions siteOptions;
  siteOptions.chip = options.chip;
  siteOptions.numSMs = options.numSMs;
  pm.addPass(createConvertRopeToGPU(siteOptions));
  // What no site absorbed (tables the host also reads) runs on the host.
  pm.addPass(createConvertRopeToLinalg());
  pm.addPass(createCanonicalizerPass());
  addBufferization(pm);
  pm.addPass(createRopeGPUMaterializeHost());

  // Kernels first, so that the host lowering below finds them in LLVM form.
  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = options.features;
  target.optLevel = options.optLevel;
  pm.addPass(createGpuNVVMAttachTarget(target));
  OpPassManager &kernels = pm.nest<gpu::GPUModuleOp>();
  kernels.addPass(memref::createExpandStridedMetadataPass());
  kernels.addPass(createLowerAffinePass());
  kernels.addPass(createSCFToControlFlowPass());
  kernels.addPass(createConvertGpuOpsToNVVMOps());
  kernels.addPass(createCanonicalizerPass());
  kernels.addPass(createCSEPass());
  kernels.addPass(createReconcileUnrealizedCastsPass());

  addLowerToLLVM(pm);
  pm.addPass(createGpuToLLVMConversionPass());
  GpuModuleToBinaryPassOptions binary;
  binary.toolkitPath = options.toolkit;
  binary.compilationTarget = options.format;
  pm.addPass(createGpuModuleToBinaryPass(binary));
  pm.addPass(createReconcileUnrealizedCastsPass());
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
  registerPipeline<GpuPipelineOptions>(
      "rope-gpu-pipeline",
      "Lower a module with rope ops to the LLVM dialect with one fused GPU "
      "kernel per RoPE site (NVVM, compiled with the CUDA toolkit) and host "
      "code calling the mgpu* runtime",
      buildRopeGpuPipeline);
}
