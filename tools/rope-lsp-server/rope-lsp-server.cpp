//===- rope-lsp-server.cpp - MLIR language server that knows rope ---------===//
//
// mlir-lsp-server with the rope dialect registered: editors get rope's
// parser, verifier diagnostics, hover and go-to-definition in .mlir files.
// Point the MLIR editor extension's server path at this binary.
//
//===----------------------------------------------------------------------===//

#include "rope/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-lsp-server/MlirLspServerMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::rope::registerAllRopeDialects(registry);
  return mlir::failed(mlir::MlirLspServerMain(argc, argv, registry)) ? 1 : 0;
}
