//===- Pipelines.cpp - C API: raise and lower a whole module --------------===//

#include "rope-c/Pipelines.h"

#include "rope-c/InitAll.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

/// Runs the registered pass or pipeline `name` with `options` on `module`.
/// A pipeline that does not parse (unknown name, bad option) is reported as an
/// error at the module's location, so C callers see it through the same
/// diagnostic handler as errors from the passes themselves.
static MlirLogicalResult runRegistered(MlirModule module, StringRef name,
                                       MlirStringRef options) {
  mlirRegisterAllRopePasses();
  ModuleOp moduleOp = unwrap(module);
  std::string pipeline = (name + "{" + unwrap(options) + "}").str();

  PassManager pm(moduleOp.getContext(), ModuleOp::getOperationName());
  std::string parseError;
  llvm::raw_string_ostream errorStream(parseError);
  if (failed(parsePassPipeline(pipeline, pm, errorStream))) {
    emitError(moduleOp.getLoc()) << "rope: cannot run '" << pipeline
                                 << "': " << StringRef(parseError).trim();
    return mlirLogicalResultFailure();
  }
  return wrap(pm.run(moduleOp));
}

MlirLogicalResult ropeRaiseModule(MlirModule module, MlirStringRef options) {
  return runRegistered(module, "rope-raise", options);
}

MlirLogicalResult ropeLowerToCPU(MlirModule module, MlirStringRef options) {
  return runRegistered(module, "rope-cpu-pipeline", options);
}

MlirLogicalResult ropeLowerToGPU(MlirModule module, MlirStringRef options) {
  return runRegistered(module, "rope-gpu-pipeline", options);
}
