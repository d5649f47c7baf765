//===- Passes.h - rope dialect transformations ------------------*- C++ -*-===//

#ifndef ROPE_DIALECT_ROPE_TRANSFORMS_PASSES_H
#define ROPE_DIALECT_ROPE_TRANSFORMS_PASSES_H

#include "rope/Dialect/Rope/IR/RopeDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Pass/Pass.h"

namespace mlir::rope {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "rope/Dialect/Rope/Transforms/Passes.h.inc"

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_TRANSFORMS_PASSES_H
