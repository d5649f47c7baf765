// REQUIRES: cuda-toolkit
// RUN: rope-opt %s --rope-gpu-pipeline | FileCheck %s --check-prefixes=CHECK,SM90
// RUN: rope-opt %s --rope-gpu-pipeline="chip=sm_80 opt-level=1" | FileCheck %s --check-prefixes=CHECK,SM80
// RUN: rope-opt %s --rope-gpu-pipeline | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVM

// The whole pipeline on a module with one site: a cubin assembled by the
// toolkit's ptxas for the chosen chip, host code in the LLVM dialect, the C
// entry point and the manifest; after translation, the module load in a
// constructor and the launch through the mgpu* runtime ABI.

// CHECK-LABEL: llvm.func @forward
// CHECK:         llvm.call @rope_site_0_host
// SM90:        gpu.binary @rope_kernels  [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80">, {{.*}}bin = "\7FELF
// SM80:        gpu.binary @rope_kernels  [#gpu.object<#nvvm.target<O = 1, chip = "sm_80", features = "+ptx80">, {{.*}}bin = "\7FELF
// CHECK-NOT:   gpu.module
// CHECK:       llvm.func @rope_site_0_memref(
// CHECK:         gpu.launch_func <%{{.+}} : !llvm.ptr> @rope_kernels::@rope_site_0
// CHECK:       llvm.func internal @rope_site_0_host(
// CHECK:         llvm.call @mgpuStreamCreate
// CHECK:         llvm.call @mgpuMemAlloc
// CHECK:         llvm.call @mgpuMemcpy
// CHECK:         llvm.call @rope_site_0_memref
// CHECK:         llvm.call @mgpuStreamSynchronize
// CHECK:       llvm.func @rope_site_0(%{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr, %{{.+}}: i64, %{{.+}}: i64, %{{.+}}: i64, %{{.+}}: !llvm.ptr)
// CHECK:       llvm.func @rope_manifest() -> !llvm.ptr

// LLVM: @llvm.global_ctors = appending global {{.*}} @rope_kernels_load
// LLVM: define void @rope_site_0_memref(
// LLVM:   call ptr @mgpuModuleGetFunction(
// LLVM:   call void @mgpuLaunchKernel(
// LLVM: define void @rope_site_0(ptr %{{.+}}, ptr %{{.+}}, ptr %{{.+}}, ptr %{{.+}}, ptr %{{.+}}, i64 %{{.+}}, i64 %{{.+}}, i64 %{{.+}}, ptr %{{.+}})
// LLVM: call ptr @mgpuModuleLoad(ptr @rope_kernels_binary

func.func @forward(%q: tensor<?x32x128xbf16>, %k: tensor<?x8x128xbf16>,
                   %t: tensor<?x64xf32>)
    -> (tensor<?x32x128xbf16>, tensor<?x8x128xbf16>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
      angles(%t : tensor<?x64xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
}
