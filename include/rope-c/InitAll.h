/*===- InitAll.h - C API: register everything rope-mlir provides --*- C -*-===*\
|*                                                                            *|
|* The C face of rope/InitAll.h. Everything the C API (and through it the     *|
|* Python bindings) registers goes through the same two C++ functions that    *|
|* rope-opt and the mlir-opt plugin call.                                     *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ROPE_C_INITALL_H
#define ROPE_C_INITALL_H

#include "mlir-c/IR.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Adds the rope dialect, and whatever interfaces and extensions rope
/// registers for other dialects, to `registry`. Upstream dialects are not
/// included: add them with mlirRegisterAllDialects
/// (mlir-c/RegisterEverything.h) or one dialect handle at a time.
MLIR_CAPI_EXPORTED void
mlirRegisterAllRopeDialects(MlirDialectRegistry registry);

/// Registers every rope pass and pipeline (rope-raise, convert-rope-to-linalg,
/// rope-cpu-pipeline, ...) with the global pass registry, so that textual
/// pipelines given to mlirParsePassPipeline can name them. Safe to call more
/// than once.
MLIR_CAPI_EXPORTED void mlirRegisterAllRopePasses(void);

#ifdef __cplusplus
}
#endif

#endif // ROPE_C_INITALL_H
