//===- Passes.cpp - C API: rope passes one by one -------------------------===//

#include "rope-c/Passes.h"

#include "rope/Codegen/Passes.h"
#include "rope/Conversion/Passes.h"
#include "rope/Dialect/Rope/Transforms/Passes.h"

#include "mlir/CAPI/Pass.h"

// The generated definitions name the C++ pass constructors unqualified.
using namespace mlir::rope;

#include "rope-c/CodegenPasses.capi.cpp.inc"
#include "rope-c/ConversionPasses.capi.cpp.inc"
#include "rope-c/TransformsPasses.capi.cpp.inc"
