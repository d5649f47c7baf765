//===- CPUTarget.h - the CPU the fused kernels target ----------*- C++ -*-===//

#ifndef ROPE_CODEGEN_CPU_CPUTARGET_H
#define ROPE_CODEGEN_CPU_CPUTARGET_H

#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::rope {

/// A resolved CPU target: LLVM triple, CPU name and feature string (what
/// ends up in llvm.func's target_cpu / target_features), and the SIMD width
/// its features provide for f32.
struct CPUTarget {
  std::string triple, cpu, features;
  int64_t vectorBits = 128;
  /// f32 <-> bf16 conversions in hardware (AVX512-BF16), so they need not be
  /// expanded to integer ops.
  bool nativeBf16 = false;
};

/// Resolves `cpu` (an LLVM CPU name, or `host` for the compiling machine's
/// CPU and features) plus `extraFeatures` (+f,-g,...). Fails with a message
/// when LLVM does not know the CPU.
FailureOr<CPUTarget> resolveCPUTarget(StringRef cpu, StringRef extraFeatures,
                                      std::string &error);

} // namespace mlir::rope

#endif // ROPE_CODEGEN_CPU_CPUTARGET_H
