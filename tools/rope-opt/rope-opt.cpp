//===- rope-opt.cpp - the rope-mlir driver --------------------------------===//
//
// mlir-opt with every upstream dialect, extension and pass, plus rope's.
//
//===----------------------------------------------------------------------===//

#include "rope/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::rope::registerAllRopePasses();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::registerAllToLLVMIRTranslations(registry);
  mlir::rope::registerAllRopeDialects(registry);

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "rope-opt: the rope-mlir RoPE compiler driver\n", registry));
}
