//===- Passes.td - rope code generation passes -------------*- tablegen -*-===//
//
// Passes of the CPU code generation that are not conversions: they run on
// the LLVM-level and bufferized IR the fused kernels become (target
// attributes, non-temporal stores, bf16 rounding, the final check of the
// lowering).
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_CODEGEN_PASSES_TD
#define ROPE_CODEGEN_PASSES_TD

include "mlir/Pass/PassBase.td"

def RopeSetCPUTarget : Pass<"rope-set-cpu-target", "::mlir::ModuleOp"> {
  let summary = "Attach the target CPU and its features to every llvm.func";
  let description = [{
    LLVM picks instructions per function from its `target-cpu` and
    `target-features`; without them the JIT or clang generate baseline
    x86-64 code (no AVX, no FMA: math.fma becomes a libm call). This pass
    sets `target_cpu` and `target_features` on every `llvm.func` (and the
    module's target triple when it has none). `cpu=host` (the default) takes
    the CPU and features of the machine that compiles.
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"\"host\"",
           "LLVM CPU name (e.g. x86-64-v3, sapphirerapids, neoverse-v2) or "
           "`host`">,
    Option<"features", "features", "std::string", /*default=*/"\"\"",
           "Extra LLVM target features, e.g. +avx512f,-avx512bf16 (added to "
           "the host's with cpu=host)">
  ];
}

def RopeCPUStreamingStores : Pass<"rope-cpu-streaming-stores"> {
  let summary = "Non-temporal stores for the outputs of large fused CPU "
                "kernels (after bufferization)";
  let description = [{
    A regular store to a line that is not cached first reads it
    (read-for-ownership): a kernel reading x and writing x' then moves three
    bytes per byte of x where a streaming copy moves two. For the scf.forall
    kernels of convert-rope-to-cpu whose outputs total at least `min-bytes`
    (far beyond the caches: prefill q/k), each head loop nest is versioned:
    if every output slice it writes starts on a 64-byte line (and its row
    strides keep whole lines), a copy whose vector writes are non-temporal
    LLVM stores runs; otherwise the original. A fence follows the kernel.
    Runs after bufferization, before the foralls become scf.parallel.
  }];
  let options = [
    Option<"minBytes", "min-bytes", "int64_t", /*default=*/"33554432",
           "Bytes of output a kernel must write to use streaming stores "
           "(smaller outputs are better left in the caches for their "
           "consumer)">
  ];
  let dependentDialects = [
    "mlir::LLVM::LLVMDialect",
    "mlir::arith::ArithDialect",
    "mlir::memref::MemRefDialect",
    "mlir::scf::SCFDialect",
    "mlir::vector::VectorDialect",
  ];
}

def RopeCPUExpandBF16Truncations : Pass<"rope-cpu-expand-bf16-truncations"> {
  let summary = "Round f32 to bf16 in integer ops (targets without native "
                "conversions)";
  let description = [{
    Replaces every `arith.truncf` from f32 to bf16 (scalar or vector) by
    integer rounding to nearest, ties to even, NaNs made quiet. Upstream's
    `arith-expand{include-bf16}` computes the same numbers but selects the
    NaN result after truncating to 16 bits, which LLVM's x86 backend cannot
    vectorize: without AVX512-BF16 every bf16 result cost a compare, a cmov
    and a 16-bit scalar store. Here the select happens on the 32-bit lanes,
    so the whole rounding stays in vector registers (about 8 vector ops per
    8 results with AVX2). --rope-cpu-pipeline runs it before arith-expand on
    targets without native f32 -> bf16 conversions;
    --rope-cpu-streaming-stores applies the same rewrite to its streaming
    copies on every target (a natively converted bf16 vector cannot be
    stored non-temporally).
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect",
    "mlir::vector::VectorDialect",
  ];
}

def RopeCPUStoreBF16AsIntegers : Pass<"rope-cpu-store-bf16-as-integers"> {
  let summary = "Store bf16 vectors that are bitcasts of i16 vectors as the "
                "i16 vectors (after LLVM lowering)";
  let description = [{
    rope-cpu-expand-bf16-truncations makes every bf16 vector a bitcast of
    the i16 vector of its bits. LLVM's x86 backend without AVX512-BF16
    scalarizes a store of a bf16 vector wider than one XMM register (a
    16-bit extract and store per element: LLaMA decode bf16 ran 7x slower
    than f32 with 16-lane bf16 vectors), and LLVM's optimizer keeps the
    bitcast in front of the store. Storing the i16 vector instead writes the
    same bytes with vector stores. Runs on the LLVM dialect, after
    convert-to-llvm, on targets without native f32 -> bf16 conversions.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect"];
}

def RopeCPUCheckLowered : Pass<"rope-cpu-check-lowered", "::mlir::ModuleOp"> {
  let summary = "Report what the CPU pipeline left outside the LLVM dialect";
  let description = [{
    The conversions to the LLVM dialect are partial: an op no pattern
    handles (a vector transfer on a layout it cannot load from, a dialect the
    pipeline does not lower) stays in the module, and the failure surfaces
    later in mlir-runner or mlir-translate without saying which source op
    caused it. This last step of --rope-cpu-pipeline fails with an error at
    the location of the first op (outermost first) that is neither LLVM nor
    OpenMP (which mlir-translate handles) nor the module itself.
  }];
}

#endif // ROPE_CODEGEN_PASSES_TD
