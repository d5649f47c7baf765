/*===- Passes.h - C API: rope passes one by one -------------------*- C -*-===*\
|*                                                                            *|
|* Generated from the passes' TableGen definitions, as upstream does for      *|
|* mlir-c/Conversion.h: mlirCreateRope<Group><Pass>() (e.g.                   *|
|* mlirCreateRopeTransformsRopeRaise()) returns a pass to add                 *|
|* to an MlirOpPassManager, mlirRegisterRope<Group><Pass>() registers one,    *|
|* mlirRegisterRope<Group>Passes() a whole group.                             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ROPE_C_PASSES_H
#define ROPE_C_PASSES_H

#include "mlir-c/Pass.h"

#include "rope-c/CodegenPasses.capi.h.inc"
#include "rope-c/ConversionPasses.capi.h.inc"
#include "rope-c/TransformsPasses.capi.h.inc"

#endif // ROPE_C_PASSES_H
