//===- CPUTarget.cpp - target CPU, features and SIMD width ----------------===//

#include "Codegen/CPU/CPUTarget.h"

#include "rope/Codegen/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Host.h"

#include <memory>

namespace mlir::rope {
#define GEN_PASS_DEF_ROPESETCPUTARGET
#include "rope/Codegen/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;

FailureOr<CPUTarget> mlir::rope::resolveCPUTarget(StringRef cpu,
                                                  StringRef extraFeatures,
                                                  std::string &error) {
  // Only the compiling machine's architecture is needed to name CPUs and
  // query their features; registration is idempotent.
  llvm::InitializeNativeTarget();

  CPUTarget target;
  target.triple = llvm::sys::getDefaultTargetTriple();
  SmallVector<std::string> features;
  if (cpu == "host") {
    target.cpu = llvm::sys::getHostCPUName().str();
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      features.push_back((feature.second ? "+" : "-") + feature.first().str());
    llvm::sort(features);
  } else {
    target.cpu = cpu.str();
  }
  if (!extraFeatures.empty())
    features.push_back(extraFeatures.str());
  target.features = llvm::join(features, ",");

  const llvm::Target *llvmTarget =
      llvm::TargetRegistry::lookupTarget(llvm::Triple(target.triple), error);
  if (!llvmTarget)
    return failure();
  std::unique_ptr<llvm::MCSubtargetInfo> subtarget(
      llvmTarget->createMCSubtargetInfo(llvm::Triple(target.triple), target.cpu,
                                        target.features));
  if (!subtarget || !subtarget->isCPUStringValid(target.cpu)) {
    error = "unknown CPU '" + target.cpu + "' for " + target.triple;
    return failure();
  }
  // f32 lanes: AVX-512 has 512-bit float ops, AVX 256; everything else
  // (SSE, NEON) 128.
  if (subtarget->checkFeatures("+avx512f"))
    target.vectorBits = 512;
  else if (subtarget->checkFeatures("+avx"))
    target.vectorBits = 256;
  target.nativeBf16 = subtarget->checkFeatures("+avx512bf16");
  return target;
}

namespace {
struct RopeSetCPUTargetPass
    : rope::impl::RopeSetCPUTargetBase<RopeSetCPUTargetPass> {
  using Base::Base;
  void runOnOperation() override {
    std::string error;
    FailureOr<CPUTarget> target = resolveCPUTarget(cpu, features, error);
    if (failed(target)) {
      getOperation().emitError("rope-set-cpu-target: ") << error;
      return signalPassFailure();
    }
    ModuleOp module = getOperation();
    MLIRContext *ctx = module.getContext();
    if (!module->hasAttr(LLVM::LLVMDialect::getTargetTripleAttrName()))
      module->setAttr(LLVM::LLVMDialect::getTargetTripleAttrName(),
                      StringAttr::get(ctx, target->triple));
    auto cpuAttr = StringAttr::get(ctx, target->cpu);
    LLVM::TargetFeaturesAttr featuresAttr;
    if (!target->features.empty())
      featuresAttr = LLVM::TargetFeaturesAttr::get(ctx, target->features);
    module.walk([&](LLVM::LLVMFuncOp func) {
      func.setTargetCpuAttr(cpuAttr);
      if (featuresAttr)
        func.setTargetFeaturesAttr(featuresAttr);
    });
  }
};
} // namespace
