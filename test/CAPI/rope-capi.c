// RUN: rope-capi-test 2>&1 | FileCheck %s

// The C API as a C host sees it: only libRopeMLIRCAPI.so is linked, so every
// mlir* function used here (context, parser, pass manager, JIT) must come
// from that one library, on top of the one libMLIR.so that mlir-opt uses.

#include "rope-c/Dialect/Rope.h"
#include "rope-c/InitAll.h"
#include "rope-c/Passes.h"
#include "rope-c/Pipelines.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/ExecutionEngine.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/RegisterEverything.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void printToStderr(MlirStringRef str, void *userData) {
  (void)userData;
  fwrite(str.data, 1, str.length, stderr);
}

/// Prints every diagnostic as "diagnostic: <loc>: <message>" so that the
/// checks below see both where and what.
static MlirLogicalResult printDiagnostic(MlirDiagnostic diagnostic,
                                         void *userData) {
  (void)userData;
  fprintf(stderr, "diagnostic: ");
  mlirLocationPrint(mlirDiagnosticGetLocation(diagnostic), printToStderr, NULL);
  fprintf(stderr, ": ");
  mlirDiagnosticPrint(diagnostic, printToStderr, NULL);
  fprintf(stderr, "\n");
  return mlirLogicalResultSuccess();
}

/// A context that knows every upstream dialect and rope, with diagnostics
/// going to stderr.
static MlirContext createContext(void) {
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirRegisterAllDialects(registry);
  mlirRegisterAllRopeDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  mlirRegisterAllLLVMTranslations(ctx);
  mlirContextAttachDiagnosticHandler(ctx, printDiagnostic, NULL, NULL);
  return ctx;
}

// 2 sequences x 3 tokens x head_dim 8, half layout, angles from positions.
static const char *kRotateModule =
    "func.func @rope(%x: tensor<2x3x8xf32>, %pos: tensor<2x3xi64>)\n"
    "    -> tensor<2x3x8xf32> attributes {llvm.emit_c_interface} {\n"
    "  %t = rope.freqs %pos {dim = 8 : i64} : tensor<2x3xi64>\n"
    "  %y = rope.rotate half %x : tensor<2x3x8xf32>\n"
    "       angles(%t : tensor<2x3x4xf32>)\n"
    "       {rotary_dim = 8 : i64,\n"
    "        table_maps = [affine_map<(d0, d1) -> (d0, d1)>]}\n"
    "  return %y : tensor<2x3x8xf32>\n"
    "}\n";

static MlirModule parse(MlirContext ctx, const char *source) {
  return mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
}

static void printModule(MlirModule module) {
  mlirOperationPrint(mlirModuleGetOperation(module), printToStderr, NULL);
  fprintf(stderr, "\n");
}

/// Runs `pm` on the rotate module, prints whether that succeeded and the
/// resulting module, and releases all three.
static void runOnRotateModule(MlirContext ctx, MlirPassManager pm) {
  MlirModule module = parse(ctx, kRotateModule);
  MlirLogicalResult result =
      mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  fprintf(stderr, "success: %d\n", mlirLogicalResultIsSuccess(result));
  printModule(module);
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

// The dialect handle names the dialect and loads it like an upstream one.
static void testDialectHandle(void) {
  fprintf(stderr, "@dialect_handle\n");
  MlirContext ctx = mlirContextCreate();
  MlirDialectHandle rope = mlirGetDialectHandle__rope__();
  MlirStringRef ns = mlirDialectHandleGetNamespace(rope);
  fprintf(stderr, "namespace: %.*s\n", (int)ns.length, ns.data);
  MlirDialect dialect = mlirDialectHandleLoadDialect(rope, ctx);
  MlirStringRef loaded = mlirDialectGetNamespace(dialect);
  fprintf(stderr, "loaded: %.*s\n", (int)loaded.length, loaded.data);
  mlirContextDestroy(ctx);
}
// CHECK-LABEL: @dialect_handle
// CHECK: namespace: rope
// CHECK: loaded: rope

// A generated per-pass constructor drives a pass manager built in C.
static void testGeneratedPass(void) {
  fprintf(stderr, "@generated_pass\n");
  MlirContext ctx = createContext();
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirPassManagerAddOwnedPass(pm,
                              mlirCreateRopeConversionConvertRopeToLinalg());
  runOnRotateModule(ctx, pm);
}
// CHECK-LABEL: @generated_pass
// CHECK: success: 1
// CHECK: func.func @rope
// CHECK: linalg.generic
// CHECK-NOT: rope.
// CHECK: return

// A host pipeline written as text names rope passes once they are
// registered, the way a host compiler splices them into its own pipeline.
static void testTextualPipeline(void) {
  fprintf(stderr, "@textual_pipeline\n");
  mlirRegisterAllPasses();
  mlirRegisterAllRopePasses();
  // Registering twice must be harmless: several libraries may each do it.
  mlirRegisterAllRopePasses();
  MlirContext ctx = createContext();
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirLogicalResult parsed = mlirParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(pm),
      mlirStringRefCreateFromCString(
          "builtin.module(convert-rope-to-linalg,canonicalize)"),
      printToStderr, NULL);
  fprintf(stderr, "parsed: %d\n", mlirLogicalResultIsSuccess(parsed));
  runOnRotateModule(ctx, pm);
}
// CHECK-LABEL: @textual_pipeline
// CHECK: parsed: 1
// CHECK: success: 1
// CHECK: func.func @rope
// CHECK: linalg.generic
// CHECK-NOT: rope.
// CHECK: return

// Bad input reaches the caller as located diagnostics and a null module or
// a failed result, never as a crash.
static void testDiagnostics(void) {
  fprintf(stderr, "@diagnostics\n");
  MlirContext ctx = createContext();
  // rotary_dim must not exceed the head dim (8).
  MlirModule bad =
      parse(ctx, "func.func @bad(%x: tensor<4x8xf32>, %t: tensor<4x8xf32>)\n"
                 "    -> tensor<4x8xf32> {\n"
                 "  %y = rope.rotate half %x : tensor<4x8xf32>\n"
                 "       angles(%t : tensor<4x8xf32>)\n"
                 "       {rotary_dim = 16 : i64,\n"
                 "        table_maps = [affine_map<(d0) -> (d0)>]}\n"
                 "  return %y : tensor<4x8xf32>\n"
                 "}\n");
  fprintf(stderr, "bad module is null: %d\n", mlirModuleIsNull(bad));

  MlirModule module = parse(ctx, kRotateModule);
  MlirLogicalResult result = ropeLowerToCPU(
      module, mlirStringRefCreateFromCString("no-such-option=1"));
  fprintf(stderr, "bad option succeeded: %d\n",
          mlirLogicalResultIsSuccess(result));
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}
// CHECK-LABEL: @diagnostics
// CHECK: diagnostic: loc("-":3:8): 'rope.rotate' op {{.*}}rotary_dim
// CHECK: bad module is null: 1
// CHECK: diagnostic: loc({{.*}}): rope: cannot run 'rope-cpu-pipeline{no-such-option=1}': {{.*}}no such option no-such-option
// CHECK: bad option succeeded: 0

/// The strided memref descriptor the LLVM lowering passes across the C
/// interface.
typedef struct {
  float *allocated, *aligned;
  int64_t offset, sizes[3], strides[3];
} MemRef3xF32;
typedef struct {
  int64_t *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} MemRef2xI64;

enum { kB = 2, kS = 3, kD = 8 };

/// RoPE in double from the definition (half layout, theta 10000, R = D):
/// pair (x[i], x[i + D/2]) rotates by pos * theta^(-2i/D).
static double referenceRotate(const float *x, int64_t pos, int channel) {
  int half = kD / 2, i = channel % half;
  double angle = (double)pos * pow(10000.0, -2.0 * i / kD);
  double a = x[i], b = x[i + half];
  return channel < half ? a * cos(angle) - b * sin(angle)
                        : b * cos(angle) + a * sin(angle);
}

// ropeLowerToCPU produces LLVM dialect the upstream JIT runs, and the numbers
// match the definition of RoPE.
static void testLowerAndRun(void) {
  fprintf(stderr, "@lower_and_run\n");
  MlirContext ctx = createContext();
  MlirModule module = parse(ctx, kRotateModule);
  MlirLogicalResult lowered =
      ropeLowerToCPU(module, mlirStringRefCreateFromCString(""));
  fprintf(stderr, "lowered: %d\n", mlirLogicalResultIsSuccess(lowered));

  MlirExecutionEngine jit = mlirExecutionEngineCreate(
      module, /*optLevel=*/2, /*numPaths=*/0, NULL,
      /*enableObjectDump=*/false, /*enablePIC=*/false);
  fprintf(stderr, "jit created: %d\n", !mlirExecutionEngineIsNull(jit));
  void (*rope)(MemRef3xF32 *, MemRef3xF32 *, MemRef2xI64 *) =
      (void (*)(MemRef3xF32 *, MemRef3xF32 *, MemRef2xI64 *))
          mlirExecutionEngineLookup(
              jit, mlirStringRefCreateFromCString("_mlir_ciface_rope"));
  fprintf(stderr, "found entry point: %d\n", rope != NULL);

  float x[kB * kS * kD];
  int64_t pos[kB * kS] = {41, 13, 5, 14, 20, 40};
  for (int i = 0; i < kB * kS * kD; ++i)
    x[i] = (float)sin(0.37 * i + 0.1);
  MemRef3xF32 xDesc = {x, x, 0, {kB, kS, kD}, {kS * kD, kD, 1}};
  MemRef2xI64 posDesc = {pos, pos, 0, {kB, kS}, {kS, 1}};
  MemRef3xF32 yDesc;
  memset(&yDesc, 0, sizeof(yDesc));
  rope(&yDesc, &xDesc, &posDesc);

  // f32 angles and math against a double reference, |x| <= 1, positions
  // <= 41: the same tolerance as the executed CPU tests.
  const double tol = 2e-5;
  double maxErr = 0;
  for (int row = 0; row < kB * kS; ++row)
    for (int c = 0; c < kD; ++c) {
      double want = referenceRotate(x + row * kD, pos[row], c);
      double err = fabs(yDesc.aligned[row * kD + c] - want);
      if (err > maxErr)
        maxErr = err;
    }
  fprintf(stderr, "result shape: %lldx%lldx%lld\n", (long long)yDesc.sizes[0],
          (long long)yDesc.sizes[1], (long long)yDesc.sizes[2]);
  fprintf(stderr, "within tolerance: %d (max abs error %.3g)\n", maxErr <= tol,
          maxErr);
  free(yDesc.allocated);
  mlirExecutionEngineDestroy(jit);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}
// CHECK-LABEL: @lower_and_run
// CHECK: lowered: 1
// CHECK: jit created: 1
// CHECK: found entry point: 1
// CHECK: result shape: 2x3x8
// CHECK: within tolerance: 1

// q * cos + rotate_half(q) * sin, and a near miss whose rotate_half lacks the
// negation (not a rotation).
static const char *kUnraisedModule =
    "func.func @hf(%q: tensor<4x8xf32>, %cos: tensor<4x8xf32>,\n"
    "              %sin: tensor<4x8xf32>) -> tensor<4x8xf32> {\n"
    "  %e = tensor.empty() : tensor<4x8xf32>\n"
    "  %qc = linalg.mul ins(%q, %cos : tensor<4x8xf32>, tensor<4x8xf32>)\n"
    "        outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>\n"
    "  %x1 = tensor.extract_slice %q[0, 0] [4, 4] [1, 1]\n"
    "        : tensor<4x8xf32> to tensor<4x4xf32>\n"
    "  %x2 = tensor.extract_slice %q[0, 4] [4, 4] [1, 1]\n"
    "        : tensor<4x8xf32> to tensor<4x4xf32>\n"
    "  %e2 = tensor.empty() : tensor<4x4xf32>\n"
    "  %n = linalg.negf ins(%x2 : tensor<4x4xf32>)\n"
    "       outs(%e2 : tensor<4x4xf32>) -> tensor<4x4xf32>\n"
    "  %rot = tensor.concat dim(1) %n, %x1\n"
    "        : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>\n"
    "  %rs = linalg.mul ins(%rot, %sin : tensor<4x8xf32>, tensor<4x8xf32>)\n"
    "        outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>\n"
    "  %r = linalg.add ins(%qc, %rs : tensor<4x8xf32>, tensor<4x8xf32>)\n"
    "       outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>\n"
    "  return %r : tensor<4x8xf32>\n"
    "}\n"
    "func.func @near(%q: tensor<4x8xf32>, %cos: tensor<4x8xf32>,\n"
    "                %sin: tensor<4x8xf32>) -> tensor<4x8xf32> {\n"
    "  %e = tensor.empty() : tensor<4x8xf32>\n"
    "  %qc = linalg.mul ins(%q, %cos : tensor<4x8xf32>, tensor<4x8xf32>)\n"
    "        outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>\n"
    "  %x1 = tensor.extract_slice %q[0, 0] [4, 4] [1, 1]\n"
    "        : tensor<4x8xf32> to tensor<4x4xf32>\n"
    "  %x2 = tensor.extract_slice %q[0, 4] [4, 4] [1, 1]\n"
    "        : tensor<4x8xf32> to tensor<4x4xf32>\n"
    "  %rot = tensor.concat dim(1) %x2, %x1\n"
    "        : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>\n"
    "  %rs = linalg.mul ins(%rot, %sin : tensor<4x8xf32>, tensor<4x8xf32>)\n"
    "        outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>\n"
    "  %r = linalg.add ins(%qc, %rs : tensor<4x8xf32>, tensor<4x8xf32>)\n"
    "       outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>\n"
    "  return %r : tensor<4x8xf32>\n"
    "}\n";

// ropeRaiseModule raises the rotation, leaves the near miss alone, and its
// report (a pass option) reaches the C diagnostic handler as a remark at the
// value it did not raise.
static void testRaise(void) {
  fprintf(stderr, "@raise\n");
  MlirContext ctx = createContext();
  MlirModule module = parse(ctx, kUnraisedModule);
  MlirLogicalResult raised =
      ropeRaiseModule(module, mlirStringRefCreateFromCString("report=true"));
  fprintf(stderr, "raised: %d\n", mlirLogicalResultIsSuccess(raised));
  printModule(module);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}
// CHECK-LABEL: @raise
// CHECK: diagnostic: loc("-":34:8): rope-raise: not raised: channel 0: the partner term has the wrong sign
// CHECK: raised: 1
// CHECK-LABEL: func.func @hf
// CHECK: rope.rotate half
// CHECK-NOT: tensor.concat
// CHECK-LABEL: func.func @near
// CHECK-NOT: rope.rotate
// CHECK: tensor.concat
// CHECK-NOT: rope.rotate
// CHECK: return

// ropeLowerToGPU compiles the kernels with the CUDA toolkit: run by
// rope-capi-gpu.test only where ptxas exists.
static void testLowerToGPU(void) {
  fprintf(stderr, "@lower_to_gpu\n");
  MlirContext ctx = createContext();
  MlirModule module = parse(ctx, kRotateModule);
  MlirLogicalResult lowered =
      ropeLowerToGPU(module, mlirStringRefCreateFromCString("chip=sm_80"));
  fprintf(stderr, "lowered: %d\n", mlirLogicalResultIsSuccess(lowered));
  printModule(module);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "gpu") == 0) {
    testLowerToGPU();
    return 0;
  }
  testDialectHandle();
  testGeneratedPass();
  testTextualPipeline();
  testDiagnostics();
  testLowerAndRun();
  testRaise();
  return 0;
}
