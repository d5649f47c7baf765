//===- Pipelines.h - rope lowering pipelines ----------------------*- C++ -*-===//
//
// Every lowering order lives in lib/Pipelines/Pipelines.cpp, so a reader finds
// the whole CPU (and GPU) path in one place, and host compilers can reuse the
// pieces (see README: "Using rope-mlir from your compiler").
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_PIPELINES_PIPELINES_H
#define ROPE_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;

namespace rope {

struct CpuPipelineOptions : public PassPipelineOptions<CpuPipelineOptions> {};

/// rope ops -> CPU kernels on tensors; nothing else in the module changes, so
/// a host compiler can run it before its own bufferization and lowering.
void buildRopeCpuKernelsPipeline(OpPassManager &pm,
                                 const CpuPipelineOptions &options);

/// func/linalg/tensor/arith/math/complex/rope on tensors -> LLVM dialect that
/// mlir-runner executes with the standard runner utils.
void buildRopeCpuPipeline(OpPassManager &pm, const CpuPipelineOptions &options);

/// Registers --rope-cpu-pipeline (and the other rope pipelines).
void registerRopePipelines();

} // namespace rope
} // namespace mlir

#endif // ROPE_PIPELINES_PIPELINES_H
