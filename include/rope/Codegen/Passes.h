//===- Passes.h - rope code generation passes -------------------*- C++ -*-===//

#ifndef ROPE_CODEGEN_PASSES_H
#define ROPE_CODEGEN_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir::rope {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "rope/Codegen/Passes.h.inc"

} // namespace mlir::rope

#endif // ROPE_CODEGEN_PASSES_H
