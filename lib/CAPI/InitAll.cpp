//===- InitAll.cpp - C API: register everything rope-mlir provides --------===//

#include "rope-c/InitAll.h"

#include "rope/InitAll.h"

#include "mlir/CAPI/IR.h"

#include <mutex>

void mlirRegisterAllRopeDialects(MlirDialectRegistry registry) {
  mlir::rope::registerAllRopeDialects(*unwrap(registry));
}

void mlirRegisterAllRopePasses(void) {
  // Pipelines may be registered only once (assertion-enabled MLIR aborts on
  // the second time), and C callers cannot know whether a library they use
  // already did it.
  static std::once_flag once;
  std::call_once(once, [] { mlir::rope::registerAllRopePasses(); });
}
