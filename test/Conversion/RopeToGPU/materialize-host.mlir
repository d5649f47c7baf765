// RUN: rope-opt %s --split-input-file --rope-gpu-materialize-host --verify-diagnostics | FileCheck %s

// The hand-over from convert-rope-to-gpu, after bufferization: a site with
// a dynamic token count. The placeholder call becomes the launch on the
// launcher's stream; the host wrapper gets device buffers, copies of its
// inputs and tables (not of its output), the launch, the copy back, frees
// and one synchronization; the launcher gets a C entry point on raw
// pointers (one size for the input's dynamic dim, none for the output,
// which shares it), and the module a manifest.

// CHECK-LABEL: func.func @forward
// CHECK:         call @rope_site_0_host

// CHECK:       func.func @rope_site_0_memref(%[[X:[a-zA-Z0-9_]+]]: memref<?x4x16xf32>, %[[Y:[a-zA-Z0-9_]+]]: memref<?x4x16xf32>, %[[T:[a-zA-Z0-9_]+]]: memref<?x8xf32>, %[[S:[a-zA-Z0-9_]+]]: !llvm.ptr) {
// CHECK:         %[[TOKEN:[a-zA-Z0-9_]+]] = builtin.unrealized_conversion_cast %[[S]] : !llvm.ptr to !gpu.async.token
// CHECK:         gpu.launch_func async [%[[TOKEN]]] @rope_kernels::@rope_site_0 blocks in (%{{.+}}, %{{.+}}, %{{.+}}) threads in (%{{.+}}, %{{.+}}, %{{.+}}) args(%[[X]] : memref<?x4x16xf32>, %[[Y]] : memref<?x4x16xf32>, %[[T]] : memref<?x8xf32>, %{{.+}} : index, %{{.+}} : index)
// CHECK-NOT:     call @rope_site_0_launch
// CHECK:         return

// CHECK:       func.func private @rope_site_0_host(%[[HX:[a-zA-Z0-9_]+]]: memref<?x4x16xf32>, %[[HY:[a-zA-Z0-9_]+]]: memref<?x4x16xf32>, %[[HT:[a-zA-Z0-9_]+]]: memref<?x8xf32>) attributes {llvm.linkage = #llvm.linkage<internal>} {
// CHECK:         %[[T0:[a-zA-Z0-9_]+]] = gpu.wait async
// CHECK:         %[[DX:[a-zA-Z0-9_]+]], %[[T1:[a-zA-Z0-9_]+]] = gpu.alloc async [%[[T0]]] (%{{.+}}) : memref<?x4x16xf32>
// CHECK:         %[[T2:[a-zA-Z0-9_]+]] = gpu.memcpy async [%[[T1]]] %[[DX]], %[[HX]]
// CHECK:         %[[DY:[a-zA-Z0-9_]+]], %[[T3:[a-zA-Z0-9_]+]] = gpu.alloc async [%[[T2]]] (%{{.+}}) : memref<?x4x16xf32>
// CHECK-NOT:     gpu.memcpy async [%[[T3]]] %[[DY]]
// CHECK:         %[[DT:[a-zA-Z0-9_]+]], %[[T4:[a-zA-Z0-9_]+]] = gpu.alloc async [%[[T3]]] (%{{.+}}) : memref<?x8xf32>
// CHECK:         %[[T5:[a-zA-Z0-9_]+]] = gpu.memcpy async [%[[T4]]] %[[DT]], %[[HT]]
// CHECK:         %[[STREAM:[a-zA-Z0-9_]+]] = builtin.unrealized_conversion_cast %[[T5]] : !gpu.async.token to !llvm.ptr
// CHECK:         call @rope_site_0_memref(%[[DX]], %[[DY]], %[[DT]], %[[STREAM]])
// CHECK:         %[[T6:[a-zA-Z0-9_]+]] = gpu.memcpy async [%[[T5]]] %[[HY]], %[[DY]]
// CHECK:         gpu.dealloc async
// CHECK:         gpu.dealloc async
// CHECK:         %[[LAST:[a-zA-Z0-9_]+]] = gpu.dealloc async
// CHECK:         gpu.wait [%[[LAST]]]

// CHECK:       func.func @rope_site_0(%[[PX:[a-zA-Z0-9_]+]]: !llvm.ptr, %[[PY:[a-zA-Z0-9_]+]]: !llvm.ptr, %[[PT:[a-zA-Z0-9_]+]]: !llvm.ptr, %[[N:[a-zA-Z0-9_]+]]: i64, %[[M:[a-zA-Z0-9_]+]]: i64, %[[PS:[a-zA-Z0-9_]+]]: !llvm.ptr) {
// CHECK:         %[[D0:[a-zA-Z0-9_]+]] = llvm.insertvalue %[[PX]], %{{.+}}[0]
// CHECK:         %[[D1:[a-zA-Z0-9_]+]] = llvm.insertvalue %[[PX]], %[[D0]][1]
// CHECK:         llvm.insertvalue %{{.+}}, %{{.+}}[3, 2]
// CHECK:         llvm.insertvalue %[[N]], %{{.+}}[3, 0]
// CHECK:         %[[MX:[a-zA-Z0-9_]+]] = builtin.unrealized_conversion_cast %{{.+}} : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x4x16xf32>
// The output takes the input's size.
// CHECK:         llvm.insertvalue %[[PY]], %{{.+}}[0]
// CHECK:         llvm.insertvalue %[[N]], %{{.+}}[3, 0]
// CHECK:         llvm.insertvalue %[[M]], %{{.+}}[3, 0]
// CHECK:         call @rope_site_0_memref(%[[MX]], %{{.+}}, %{{.+}}, %[[PS]])

// CHECK:       llvm.mlir.global internal constant @rope_manifest_text("{\22sites\22:[{\22buffers\22:[{\22dtype\22:\22f32\22,\22role\22:\22input0\22,\22shape\22:[-1,4,16]},{\22dtype\22:\22f32\22,\22role\22:\22output0\22,\22shape\22:[-1,4,16]},{\22dtype\22:\22f32\22,\22role\22:\22angles\22,\22shape\22:[-1,8]}],\22func\22:\22forward\22,\22index\22:0,\22kernel\22:\22fused\22,\22loc\22:\22x.mlir:3:7\22,\22name\22:\22rope_site_0\22,\22sizes\22:{{\[\[}}\22input0\22,0],[\22angles\22,0]]}]}\00")
// CHECK:       llvm.func @rope_manifest() -> !llvm.ptr {
// CHECK:         %[[TEXT:[a-zA-Z0-9_]+]] = llvm.mlir.addressof @rope_manifest_text
// CHECK:         llvm.return %[[TEXT]]

module attributes {gpu.container_module} {
  func.func @forward(%x: memref<?x4x16xf32>, %t: memref<?x8xf32>) -> memref<?x4x16xf32> {
    %c0 = arith.constant 0 : index
    %n = memref.dim %x, %c0 : memref<?x4x16xf32>
    %y = memref.alloc(%n) : memref<?x4x16xf32>
    call @rope_site_0_host(%x, %y, %t) : (memref<?x4x16xf32>, memref<?x4x16xf32>, memref<?x8xf32>) -> ()
    return %y : memref<?x4x16xf32>
  }
  gpu.module @rope_kernels {
    gpu.func @rope_site_0(%x: memref<?x4x16xf32>, %y: memref<?x4x16xf32>, %t: memref<?x8xf32>, %groups: index, %per: index) kernel {
      gpu.return
    }
  }
  func.func private @rope_site_0_launch(index, index, index, index, index, index, memref<?x4x16xf32>, memref<?x4x16xf32>, memref<?x8xf32>, index, index, !llvm.ptr) attributes {rope.gpu.launch = @rope_kernels::@rope_site_0}
  func.func @rope_site_0_memref(%x: memref<?x4x16xf32> {rope.gpu.role = "input0"}, %y: memref<?x4x16xf32> {rope.gpu.role = "output0"}, %t: memref<?x8xf32> {rope.gpu.role = "angles"}, %s: !llvm.ptr) attributes {rope.gpu.site = {func = "forward", index = 0 : i64, kernel = "fused", loc = "x.mlir:3:7"}} {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    call @rope_site_0_launch(%c2, %c1, %c1, %c2, %c2, %c1, %x, %y, %t, %c1, %c1, %s) : (index, index, index, index, index, index, memref<?x4x16xf32>, memref<?x4x16xf32>, memref<?x8xf32>, index, index, !llvm.ptr) -> ()
    return
  }
  func.func private @rope_site_0_host(memref<?x4x16xf32> {rope.gpu.role = "input0"}, memref<?x4x16xf32> {rope.gpu.role = "output0"}, memref<?x8xf32> {rope.gpu.role = "angles"}) attributes {rope.gpu.host_for = @rope_site_0_memref}
}

// -----

// A host wrapper whose site was removed as dead code: nothing calls it, it
// is dropped rather than given a body.

// CHECK-LABEL: func.func @rope_site_7_memref
// CHECK-NOT:   @rope_site_7_host
// CHECK:       func.func @rope_site_7(
module attributes {gpu.container_module} {
  gpu.module @rope_kernels {
    gpu.func @rope_site_7(%x: memref<4xf32>) kernel {
      gpu.return
    }
  }
  func.func @rope_site_7_memref(%x: memref<4xf32> {rope.gpu.role = "input0"}, %s: !llvm.ptr) attributes {rope.gpu.site = {func = "f", index = 7 : i64, kernel = "fused", loc = "x"}} {
    return
  }
  func.func private @rope_site_7_host(memref<4xf32>) attributes {rope.gpu.host_for = @rope_site_7_memref}
}

// -----

// A wrapper naming a launcher that does not exist.

module attributes {gpu.container_module} {
  func.func @caller(%x: memref<4xf32>) {
    call @rope_site_0_host(%x) : (memref<4xf32>) -> ()
    return
  }
  // expected-error @below {{no launcher for host wrapper rope_site_0_host}}
  func.func private @rope_site_0_host(memref<4xf32>) attributes {rope.gpu.host_for = @missing}
}
