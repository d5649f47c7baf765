// --rope-gpu-kernels and --rope-gpu-host are the pieces a host compiler
// splices around its own bufferization: the first lowers the rope ops on
// tensors to kernels and calls of their host wrappers and touches nothing
// else; the second, after bufferization, adds the launches and compiles the
// kernels, leaving the host code for the host's lowering to LLVM.
// RUN: rope-opt %s --rope-gpu-kernels | FileCheck %s
//
// The host flow end to end, with the host's part made only of upstream
// passes (the pipeline README's "Using rope-mlir from your compiler" shows),
// down to LLVM IR that embeds the cubin and calls the mgpu* runtime.
// RUN: rope-opt %s --pass-pipeline="builtin.module(rope-gpu-kernels{chip=sm_90}, \
// RUN:   one-shot-bufferize{bufferize-function-boundaries \
// RUN:     function-boundary-type-conversion=identity-layout-map}, \
// RUN:   buffer-deallocation-pipeline, \
// RUN:   rope-gpu-host{chip=sm_90}, \
// RUN:   func.func(convert-linalg-to-loops), expand-strided-metadata, \
// RUN:   lower-affine, convert-scf-to-cf, finalize-memref-to-llvm, \
// RUN:   convert-to-llvm, gpu-to-llvm, reconcile-unrealized-casts)" \
// RUN:   | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVM
// REQUIRES: cuda-toolkit

// The host's function comes out exactly as it went in: even the dead
// tensor.empty a module-wide cleanup would erase is still there.
// CHECK-LABEL: func.func @host_matmul
// CHECK-NEXT:    %{{.+}} = tensor.empty() : tensor<7xf32>
// CHECK-NEXT:    %[[CST:.+]] = arith.constant 0.0
// CHECK-NEXT:    %[[E:.+]] = tensor.empty() : tensor<2x2xf32>
// CHECK-NEXT:    %[[F:.+]] = linalg.fill ins(%[[CST]] : f32) outs(%[[E]] : tensor<2x2xf32>)
// CHECK-NEXT:    %[[M:.+]] = linalg.matmul ins(%{{.+}}, %{{.+}} : tensor<2x3xf32>, tensor<3x2xf32>) outs(%[[F]] : tensor<2x2xf32>)
// CHECK-NEXT:    return %[[M]]
func.func @host_matmul(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<2x2xf32> {
  %dead = tensor.empty() : tensor<7xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x2xf32>) -> tensor<2x2xf32>
  %m = linalg.matmul ins(%a, %b : tensor<2x3xf32>, tensor<3x2xf32>)
                     outs(%f : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %m : tensor<2x2xf32>
}

// The rope op became a call of the site's host wrapper; the function still
// takes and returns tensors, and no launch exists yet (that needs buffers).
// CHECK-LABEL: func.func @apply_rope
// CHECK-SAME:    (%{{.+}}: tensor<4x2x8xf32>, %{{.+}}: tensor<4xi32>) -> tensor<4x2x8xf32>
// CHECK-NOT:     rope.
// CHECK:         call @[[HOST:rope_site_0_host]](
// CHECK-NOT:     gpu.launch_func
// CHECK:         return %{{.+}} : tensor<4x2x8xf32>
// CHECK:       gpu.module @rope_kernels
// CHECK:         gpu.func @rope_site_0({{.*}}) kernel
func.func @apply_rope(%x: tensor<4x2x8xf32>, %pos: tensor<4xi32>) -> tensor<4x2x8xf32> {
  %t = rope.freqs %pos {dim = 8 : i64} : tensor<4xi32>
  %y = rope.rotate half %x : tensor<4x2x8xf32> angles(%t : tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<4x2x8xf32>
}

// The kernels are embedded as a cubin (an ELF file, not PTX text).
// LLVM-DAG: @rope_kernels_binary = internal constant [{{[0-9]+}} x i8] c"\7FELF
// LLVM-DAG: define {{.*}}@host_matmul(
// LLVM-DAG: define {{.*}}@apply_rope(
// LLVM-DAG: call {{.*}}@mgpuModuleLoad(ptr @rope_kernels_binary
// LLVM-DAG: call void @mgpuLaunchKernel(
