//===- RopePlugin.cpp - rope-mlir as an mlir-opt plugin -------------------===//
//
// Loaded by a stock mlir-opt built against the same libMLIR.so:
//   mlir-opt --load-dialect-plugin=RopePlugin.so \
//            --load-pass-plugin=RopePlugin.so ...
// Both entry points go through rope/InitAll.h, so the plugin offers exactly
// what rope-opt offers on top of upstream.
//
//===----------------------------------------------------------------------===//

#include "rope/InitAll.h"

#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "RopeMLIR", ROPE_MLIR_VERSION,
          [](mlir::DialectRegistry *registry) {
            mlir::rope::registerAllRopeDialects(*registry);
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "RopeMLIR", ROPE_MLIR_VERSION,
          [] { mlir::rope::registerAllRopePasses(); }};
}
