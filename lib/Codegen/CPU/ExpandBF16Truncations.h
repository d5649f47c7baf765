//===- ExpandBF16Truncations.h - bf16 rounding patterns ---------*- C++ -*-===//

#ifndef ROPE_CODEGEN_CPU_EXPANDBF16TRUNCATIONS_H
#define ROPE_CODEGEN_CPU_EXPANDBF16TRUNCATIONS_H

#include "mlir/IR/PatternMatch.h"

namespace mlir::rope {

/// arith.truncf f32 -> bf16 (scalar or vector) as integer rounding
/// (roundToBF16HighHalf), see rope-cpu-expand-bf16-truncations.
void populateExpandBF16TruncationPatterns(RewritePatternSet &patterns);

} // namespace mlir::rope

#endif // ROPE_CODEGEN_CPU_EXPANDBF16TRUNCATIONS_H
