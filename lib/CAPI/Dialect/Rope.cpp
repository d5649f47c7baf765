//===- Rope.cpp - C API for the rope dialect ------------------------------===//

#include "rope-c/Dialect/Rope.h"

#include "rope/Dialect/Rope/IR/RopeDialect.h"

#include "mlir/CAPI/Registration.h"

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Rope, rope, mlir::rope::RopeDialect)
