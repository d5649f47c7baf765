//===- Passes.h - rope conversion passes ------------------------*- C++ -*-===//

#ifndef ROPE_CONVERSION_PASSES_H
#define ROPE_CONVERSION_PASSES_H

#include "rope/Conversion/RopeToCPU/RopeToCPU.h"
#include "rope/Conversion/RopeToGPU/RopeToGPU.h"
#include "rope/Conversion/RopeToLinalg/RopeToLinalg.h"

#include "mlir/Pass/Pass.h"

namespace mlir::rope {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "rope/Conversion/Passes.h.inc"

} // namespace mlir::rope

#endif // ROPE_CONVERSION_PASSES_H
