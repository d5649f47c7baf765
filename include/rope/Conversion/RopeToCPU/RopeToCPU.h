//===- RopeToCPU.h - fused vectorized CPU codegen for rope ops --*- C++ -*-===//

#ifndef ROPE_CONVERSION_ROPETOCPU_ROPETOCPU_H
#define ROPE_CONVERSION_ROPETOCPU_ROPETOCPU_H

#include "mlir/Support/LLVM.h"

namespace mlir {
class RewriterBase;

namespace rope {
class RotateOp;
struct ConvertRopeToCPUOptions;

/// Replaces `op` by one scf.forall over its table rows that computes the
/// angles (fusing their rope.freqs / rope.broadcat producers), sin/cos, and
/// the rotation of every input (see the convert-rope-to-cpu pass
/// description and its options). Producers left without users are erased.
void lowerRotateToCPU(RewriterBase &rewriter, RotateOp op,
                      const ConvertRopeToCPUOptions &options);

} // namespace rope
} // namespace mlir

#endif // ROPE_CONVERSION_ROPETOCPU_ROPETOCPU_H
