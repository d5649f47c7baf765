//===- Pipelines.h - rope lowering pipelines --------------------*- C++ -*-===//
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

struct CpuPipelineOptions : public PassPipelineOptions<CpuPipelineOptions> {
  // Single-threaded by default, so that the output runs with nothing but
  // the standard runner utils (mlir-runner, the C API's JIT); threaded code
  // calls the OpenMP runtime (libomp) that the host must then load.
  PassOptions::Option<int64_t> threads{
      *this, "threads",
      llvm::cl::desc("Threads for the rope kernels' row loops: 1 = no OpenMP "
                     "(default), N > 1 = N OpenMP threads, 0 = OpenMP's "
                     "default (OMP_NUM_THREADS, else every core); threaded "
                     "code needs libomp at run time"),
      llvm::cl::init(1)};
  PassOptions::Option<std::string> targetCpu{
      *this, "target-cpu",
      llvm::cl::desc("LLVM CPU to generate for, or `host`"),
      llvm::cl::init("host")};
  PassOptions::Option<std::string> targetFeatures{
      *this, "target-features",
      llvm::cl::desc("Extra LLVM target features (+avx512f,-avx512bf16,...)"),
      llvm::cl::init("")};
  PassOptions::Option<int64_t> streamingMinBytes{
      *this, "streaming-min-bytes",
      llvm::cl::desc("Kernels writing at least this many bytes write them "
                     "with non-temporal stores (when aligned), which skips "
                     "reading the output lines first; -1 = never"),
      llvm::cl::init(32 << 20)};
  PassOptions::Option<int64_t> vectorBits{
      *this, "vector-bits",
      llvm::cl::desc("SIMD width of the rope kernels; 0 = the target's "
                     "(512 with AVX-512, 256 with AVX, else 128)"),
      llvm::cl::init(0)};
};

/// rope ops -> CPU kernels on tensors; nothing else in the module changes, so
/// a host compiler can run it before its own bufferization and lowering.
void buildRopeCpuKernelsPipeline(OpPassManager &pm,
                                 const CpuPipelineOptions &options);

/// func/linalg/tensor/arith/math/complex/rope on tensors -> LLVM dialect that
/// mlir-runner executes with the standard runner utils.
void buildRopeCpuPipeline(OpPassManager &pm, const CpuPipelineOptions &options);

struct GpuPipelineOptions : public PassPipelineOptions<GpuPipelineOptions> {
  Option<std::string> chip{*this, "chip",
                           llvm::cl::desc("GPU architecture (sm_80, sm_90)"),
                           llvm::cl::init("sm_90")};
  Option<std::string> features{*this, "features",
                               llvm::cl::desc("PTX features, e.g. +ptx80"),
                               llvm::cl::init("+ptx80")};
  Option<unsigned> optLevel{*this, "opt-level",
                            llvm::cl::desc("LLVM/ptxas optimization level"),
                            llvm::cl::init(3)};
  Option<std::string> format{
      *this, "format",
      llvm::cl::desc("Kernel binary: bin (cubin), isa (PTX text), fatbin"),
      llvm::cl::init("bin")};
  Option<std::string> toolkit{*this, "toolkit",
                              llvm::cl::desc("CUDA toolkit (ptxas, libdevice)"),
                              llvm::cl::init("/usr/local/cuda")};
  Option<int64_t> numSMs{
      *this, "num-sms",
      llvm::cl::desc("SMs the launch configuration fills (0: from chip)"),
      llvm::cl::init(0)};
  Option<bool> emulate{
      *this, "emulate",
      llvm::cl::desc("Run the kernels as host loops (rope-gpu-emulate): the "
                     "output runs in mlir-runner, no GPU or toolkit needed"),
      llvm::cl::init(false)};
};

/// rope ops on tensors -> one GPU kernel per rope.rotate and a call of its
/// host wrapper; nothing else in the module changes. Runs before
/// bufferization.
void buildRopeGpuKernelsPipeline(OpPassManager &pm,
                                 const GpuPipelineOptions &options);

/// After bufferization: the launches of the kernels buildRopeGpuKernelsPipeline
/// made, and the kernels compiled to a gpu.binary (the host code is left for
/// gpu-to-llvm and a lowering to LLVM).
void buildRopeGpuHostPipeline(OpPassManager &pm,
                              const GpuPipelineOptions &options);

/// func/linalg/tensor/arith/math/complex/rope on tensors -> LLVM dialect with
/// one GPU kernel per rope.rotate in a gpu.binary, launched through the
/// mgpu* runtime ABI (lib/Runtime), plus one C entry point per site.
void buildRopeGpuPipeline(OpPassManager &pm, const GpuPipelineOptions &options);

/// Registers --rope-cpu-pipeline (and the other rope pipelines).
void registerRopePipelines();

} // namespace rope
} // namespace mlir

#endif // ROPE_PIPELINES_PIPELINES_H
