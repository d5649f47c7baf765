// A C host: parses a module with rope ops and lowers it to the LLVM dialect
// through the installed libRopeMLIRCAPI.so.

#include "rope-c/InitAll.h"
#include "rope-c/Pipelines.h"

#include "mlir-c/IR.h"
#include "mlir-c/RegisterEverything.h"

#include <stdio.h>

static void print(MlirStringRef str, void *userData) {
  fwrite(str.data, 1, str.length, (FILE *)userData);
}

int main(void) {
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirRegisterAllDialects(registry);
  mlirRegisterAllRopeDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);

  MlirModule module = mlirModuleCreateParse(
      ctx, mlirStringRefCreateFromCString(
               "func.func @table() -> tensor<4x2xf32> {\n"
               "  %t = rope.freqs length 4 {dim = 4 : i64}\n"
               "  return %t : tensor<4x2xf32>\n"
               "}\n"));
  if (mlirModuleIsNull(module))
    return 1;
  MlirLogicalResult lowered =
      ropeLowerToCPU(module, mlirStringRefCreateFromCString(""));
  printf("lowered: %d\n", mlirLogicalResultIsSuccess(lowered));
  mlirOperationPrint(mlirModuleGetOperation(module), print, stdout);
  printf("\n");
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return 0;
}
