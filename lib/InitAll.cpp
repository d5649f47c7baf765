//===- InitAll.cpp - register everything rope-mlir provides ---------------===//

#include "rope/InitAll.h"

#include "rope/Codegen/Passes.h"
#include "rope/Conversion/Passes.h"
#include "rope/Dialect/Rope/IR/RopeDialect.h"
#include "rope/Dialect/Rope/Transforms/Passes.h"
#include "rope/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"

void mlir::rope::registerAllRopeDialects(DialectRegistry &registry) {
  registry.insert<RopeDialect>();
}

void mlir::rope::registerAllRopePasses() {
  registerRopeCodegenPasses();
  registerRopeConversionPasses();
  registerRopeTransformsPasses();
  registerRopePipelines();
}
