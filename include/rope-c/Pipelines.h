/*===- Pipelines.h - C API: raise and lower a whole module --------*- C -*-===*\
|*                                                                            *|
|* One call per step, for hosts that do not want to build pass managers.      *|
|* Each entry point runs one registered rope pass or pipeline on a module     *|
|* and reports through MLIR's diagnostics: attach a handler to the module's   *|
|* context (mlirContextAttachDiagnosticHandler) to receive the messages,      *|
|* including a malformed option string. A failure leaves the module in the    *|
|* state the failing pass left it in.                                         *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ROPE_C_PIPELINES_H
#define ROPE_C_PIPELINES_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Runs --rope-raise: RoPE computations written with linalg/tensor/arith/math/
/// complex on tensors become rope ops; everything else is left as it was.
/// `options` is the pass's option string without braces ("" for defaults).
MLIR_CAPI_EXPORTED MlirLogicalResult ropeRaiseModule(MlirModule module,
                                                     MlirStringRef options);

/// Runs --rope-cpu-pipeline: the whole module (func/linalg/tensor/arith/math/
/// complex/rope on tensors) to the LLVM dialect, ready for
/// mlirExecutionEngineCreate (after mlirRegisterAllLLVMTranslations on the
/// context) or mlir-translate --mlir-to-llvmir.
MLIR_CAPI_EXPORTED MlirLogicalResult ropeLowerToCPU(MlirModule module,
                                                    MlirStringRef options);

/// Runs --rope-gpu-pipeline: rope ops to one GPU kernel each, embedded as a
/// cubin; the host side calls the mgpu* runtime ABI.
MLIR_CAPI_EXPORTED MlirLogicalResult ropeLowerToGPU(MlirModule module,
                                                    MlirStringRef options);

#ifdef __cplusplus
}
#endif

#endif // ROPE_C_PIPELINES_H
