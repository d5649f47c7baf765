//===- Pipelines.cpp - rope lowering pipelines, in one place --------------===//

#include "rope/Pipelines/Pipelines.h"

#include "Codegen/CPU/CPUTarget.h"
#include "rope/Codegen/Passes.h"
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
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// Tensors to buffers across the whole module, with identity-layout memrefs
/// at function boundaries so that `@main` can hand them to printMemrefF32.
/// Empty-tensor elimination first, so that a kernel whose result is
/// materialized into a destination (bufferization.materialize_in_destination)
/// writes there directly.
static void addBufferization(OpPassManager &pm) {
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  bufferization::OneShotBufferizePassOptions options;
  options.bufferizeFunctionBoundaries = true;
  options.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(options));
  bufferization::BufferDeallocationPipelineOptions deallocOptions;
  bufferization::buildBufferDeallocationPipeline(pm, deallocOptions);
  // Results that alias an argument or a constant are returned through a
  // bufferization.clone, which nothing after this point lowers.
  pm.addPass(createConvertBufferizationToMemRefPass());
}

/// Loops, vectors, OpenMP, memrefs, arith, math and complex down to the LLVM
/// dialect. `expandBf16`: lower bf16 conversions to integer ops, for targets
/// without native f32<->bf16 conversions (AVX512-BF16 has them).
static void addLowerToLLVM(OpPassManager &pm, bool expandBf16) {
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  // Vector transfers on memrefs whose channel dim is strided (a cos/sin
  // table sliced with stride 2 out of a cache, GPT-J's even/odd columns)
  // have no vector.load form: element-wise loads and stores instead.
  // Contiguous transfers are left to convert-vector-to-llvm.
  pm.addPass(createConvertVectorToSCFPass());
  pm.addPass(createConvertComplexToStandardPass());
  if (expandBf16)
    pm.addPass(rope::createRopeCPUExpandBF16Truncations());
  arith::ArithExpandOpsPassOptions expandOptions;
  expandOptions.includeBf16 = expandBf16;
  pm.addPass(arith::createArithExpandOpsPass(expandOptions));
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createConvertComplexToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
  if (expandBf16)
    pm.addPass(rope::createRopeCPUStoreBF16AsIntegers());
}

static FailureOr<rope::CPUTarget>
resolveTarget(const rope::CpuPipelineOptions &options) {
  std::string error;
  return rope::resolveCPUTarget(options.targetCpu, options.targetFeatures,
                                error);
}

/// The rope-only part of the CPU path: every rope.rotate -> one fused
/// scf.forall on tensors (convert-rope-to-cpu) with the freqs/broadcat ops it
/// reads folded in; whatever rope op is left (a freqs table also printed or
/// returned) -> reference lowering. Nothing else in the module changes.
void mlir::rope::buildRopeCpuKernelsPipeline(
    OpPassManager &pm, const CpuPipelineOptions &options) {
  // An unknown CPU is reported by rope-set-cpu-target; until then generate
  // for the narrowest SIMD.
  FailureOr<CPUTarget> target = resolveTarget(options);
  ConvertRopeToCPUOptions fuseOptions;
  fuseOptions.vectorBits = options.vectorBits
                               ? int64_t(options.vectorBits)
                               : (succeeded(target) ? target->vectorBits : 128);
  pm.addPass(createConvertRopeToCPU(fuseOptions));
  pm.addPass(createConvertRopeToLinalg());
}

/// The CPU path, in order:
///  1. rope ops -> fused kernels on tensors (buildRopeCpuKernelsPipeline);
///  2. one-shot bufferization: the foralls write their results in place;
///     outputs far larger than the caches get streaming stores;
///  3. forall -> scf.parallel -> OpenMP (unless threads=1);
///  4. LLVM dialect, tagged with the target CPU and features; whatever
///     did not get there is an error at its location.
void mlir::rope::buildRopeCpuPipeline(OpPassManager &pm,
                                      const CpuPipelineOptions &options) {
  FailureOr<CPUTarget> target = resolveTarget(options);
  bool nativeBf16 = succeeded(target) && target->nativeBf16;

  buildRopeCpuKernelsPipeline(pm, options);
  // Before CSE can merge the kernels' identical tensor.empty outputs (q and k
  // of one shape): a merged one cannot become both destinations of results
  // materialized into the caller's buffers, which then cost an allocation
  // and a copy each.
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  // Front ends (and tests that print f16/bf16 results) apply arith/math ops to
  // whole tensors; bufferization only handles them as linalg.
  pm.addPass(createConvertElementwiseToLinalgPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  addBufferization(pm);
  if (options.streamingMinBytes >= 0) {
    RopeCPUStreamingStoresOptions streamingOptions;
    streamingOptions.minBytes = options.streamingMinBytes;
    pm.addPass(createRopeCPUStreamingStores(streamingOptions));
  }
  pm.addPass(createForallToParallelLoopPass());
  if (options.threads != 1) {
    ConvertSCFToOpenMPPassOptions ompOptions;
    ompOptions.numThreads = options.threads;
    pm.addPass(createConvertSCFToOpenMPPass(ompOptions));
    // Inlines the memref.alloca_scope it wraps each iteration in (the
    // kernels allocate nothing), which scf-to-cf could not lower into.
    pm.addPass(createCanonicalizerPass());
  }
  addLowerToLLVM(pm, /*expandBf16=*/!nativeBf16);
  RopeSetCPUTargetOptions targetOptions;
  targetOptions.cpu = options.targetCpu;
  targetOptions.features = options.targetFeatures;
  pm.addPass(createRopeSetCPUTarget(targetOptions));
  pm.addPass(createRopeCPUCheckLowered());
}

/// The rope-only part of the GPU path, on tensors: every rope.rotate -> a
/// kernel in gpu.module @rope_kernels and a call of its host wrapper; what
/// no site absorbed (tables the host also reads) -> reference lowering on the
/// host. Nothing else in the module changes.
void mlir::rope::buildRopeGpuKernelsPipeline(
    OpPassManager &pm, const GpuPipelineOptions &options) {
  ConvertRopeToGPUOptions siteOptions;
  siteOptions.chip = options.chip;
  siteOptions.numSMs = options.numSMs;
  pm.addPass(createConvertRopeToGPU(siteOptions));
  // What no site absorbed (tables the host also reads) runs on the host.
  pm.addPass(createConvertRopeToLinalg());
}

/// After bufferization: the launches and device copies of every site, and
/// the kernels compiled to a gpu.binary. The host code stays at the memref /
/// gpu.launch_func level for whatever lowers it to LLVM (gpu-to-llvm).
void mlir::rope::buildRopeGpuHostPipeline(OpPassManager &pm,
                                          const GpuPipelineOptions &options) {
  pm.addPass(createRopeGPUMaterializeHost());
  if (options.emulate) {
    // The kernels become host loops: the CPU suite checks their logic.
    pm.addPass(createRopeGPUEmulate());
    return;
  }
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
  GpuModuleToBinaryPassOptions binary;
  binary.toolkitPath = options.toolkit;
  binary.compilationTarget = options.format;
  pm.addPass(createGpuModuleToBinaryPass(binary));
}

/// The GPU path: the two rope pieces around bufferization, then the host
/// code to LLVM.
void mlir::rope::buildRopeGpuPipeline(OpPassManager &pm,
                                      const GpuPipelineOptions &options) {
  buildRopeGpuKernelsPipeline(pm, options);
  // The module's other tensor code: elementwise ops as linalg, which
  // bufferization handles.
  pm.addPass(createConvertElementwiseToLinalgPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  addBufferization(pm);
  buildRopeGpuHostPipeline(pm, options);
  addLowerToLLVM(pm, /*expandBf16=*/true);
  if (!options.emulate)
    pm.addPass(createGpuToLLVMConversionPass());
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
  registerPipeline<CpuPipelineOptions>(
      "rope-cpu-kernels",
      "Lower only the rope ops, to CPU kernels on tensors, leaving the rest "
      "of the module as it is: the rope part of --rope-cpu-pipeline, for a "
      "host pipeline that bufferizes and lowers to LLVM itself",
      buildRopeCpuKernelsPipeline);
  registerPipeline<GpuPipelineOptions>(
      "rope-gpu-kernels",
      "Lower only the rope ops, on tensors, to GPU kernels and calls of their "
      "host wrappers, leaving the rest of the module as it is: the part of "
      "--rope-gpu-pipeline that goes before bufferization",
      buildRopeGpuKernelsPipeline);
  registerPipeline<GpuPipelineOptions>(
      "rope-gpu-host",
      "After bufferization: launch the kernels rope-gpu-kernels made and "
      "compile them to a gpu.binary; the host code is left for gpu-to-llvm "
      "and the host's own lowering to LLVM",
      buildRopeGpuHostPipeline);
}
