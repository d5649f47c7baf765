/*===- Rope.h - C API for the rope dialect ------------------------*- C -*-===*\
|*                                                                            *|
|* The dialect handle, spelled the way every upstream dialect spells it, so   *|
|* that mlirDialectHandleInsertDialect / LoadDialect work on rope too.        *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ROPE_C_DIALECT_ROPE_H
#define ROPE_C_DIALECT_ROPE_H

#include "mlir-c/IR.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Defines mlirGetDialectHandle__rope__().
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Rope, rope);

#ifdef __cplusplus
}
#endif

#endif // ROPE_C_DIALECT_ROPE_H
