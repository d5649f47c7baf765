// RUN: rope-opt %s --rope-gpu-emulate | FileCheck %s

// The launch becomes a loop nest over blocks (z, y, x) then threads (z, y,
// x) with the kernel body inlined: thread and block ids are the loop
// indices, block and grid sizes the bounds; the kernel's constant global
// moves to the host module, vector accesses lose their alignment promise.
// The host wrapper's device memory operations become host ones and the
// stream handed to the launcher a null pointer. No gpu op remains.

// CHECK-NOT:   gpu.
// CHECK:       memref.global "private" constant @table : memref<4xf32>
// CHECK-LABEL: func.func @launcher
// CHECK-SAME:    (%[[X:[a-z0-9]+]]: memref<8xf32>, %[[N:[a-z0-9]+]]: index, %{{[a-z0-9]+}}: !llvm.ptr)
// CHECK-DAG:     %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.+]] = arith.constant 1 : index
// CHECK-DAG:     %[[C4:.+]] = arith.constant 4 : index
// CHECK:         scf.for %{{.+}} = %[[C0]] to %[[C1]] step %{{[a-z0-9_]+}} {
// CHECK:           scf.for %{{.+}} = %[[C0]] to %[[C1]] step %{{[a-z0-9_]+}} {
// CHECK:             scf.for %[[BX:.+]] = %[[C0]] to %[[N]] step %{{[a-z0-9_]+}} {
// CHECK:               scf.for %{{.+}} = %[[C0]] to %[[C1]] step %{{[a-z0-9_]+}} {
// CHECK:                 scf.for %{{.+}} = %[[C0]] to %[[C1]] step %{{[a-z0-9_]+}} {
// CHECK:                   scf.for %[[TX:.+]] = %[[C0]] to %[[C4]] step %{{[a-z0-9_]+}} {
// CHECK:                     %[[I:.+]] = arith.muli %[[BX]], %[[C4]]
// CHECK:                     %[[J:.+]] = arith.addi %[[I]], %[[TX]]
// CHECK:                     %[[G:.+]] = memref.get_global @table
// CHECK:                     %[[V:.+]] = vector.load %[[G]][%{{.+}}] : memref<4xf32>, vector<1xf32>
// CHECK:                     vector.store %[[V]], %[[X]][%[[J]]] : memref<8xf32>, vector<1xf32>
// CHECK-LABEL: func.func @host
// CHECK-SAME:    (%[[H:[a-z0-9]+]]: memref<8xf32>)
// CHECK:         %[[D:.+]] = memref.alloc() : memref<8xf32>
// CHECK:         memref.copy %[[H]], %[[D]]
// CHECK:         %[[NULL:.+]] = llvm.mlir.zero : !llvm.ptr
// CHECK:         call @launcher(%[[D]], %{{.+}}, %[[NULL]])
// CHECK:         memref.copy %[[D]], %[[H]]
// CHECK:         memref.dealloc %[[D]]
// CHECK-NEXT:    return

module attributes {gpu.container_module} {
  gpu.module @rope_kernels {
    memref.global "private" constant @table : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>
    gpu.func @kernel(%x: memref<8xf32>) kernel {
      %tx = gpu.thread_id x
      %bx = gpu.block_id x
      %bd = gpu.block_dim x
      %i = arith.muli %bx, %bd : index
      %j = arith.addi %i, %tx : index
      %t = memref.get_global @table : memref<4xf32>
      %v = vector.load %t[%tx] {alignment = 4 : i64} : memref<4xf32>, vector<1xf32>
      vector.store %v, %x[%j] {alignment = 4 : i64} : memref<8xf32>, vector<1xf32>
      gpu.return
    }
  }
  func.func @launcher(%x: memref<8xf32>, %n: index, %s: !llvm.ptr) {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %t = builtin.unrealized_conversion_cast %s : !llvm.ptr to !gpu.async.token
    %done = gpu.launch_func async [%t] @rope_kernels::@kernel blocks in (%n, %c1, %c1) threads in (%c4, %c1, %c1) args(%x : memref<8xf32>)
    return
  }
  func.func @host(%h: memref<8xf32>) {
    %c2 = arith.constant 2 : index
    %t0 = gpu.wait async
    %d, %t1 = gpu.alloc async [%t0] () : memref<8xf32>
    %t2 = gpu.memcpy async [%t1] %d, %h : memref<8xf32>, memref<8xf32>
    %s = builtin.unrealized_conversion_cast %t2 : !gpu.async.token to !llvm.ptr
    call @launcher(%d, %c2, %s) : (memref<8xf32>, index, !llvm.ptr) -> ()
    %t3 = gpu.memcpy async [%t2] %h, %d : memref<8xf32>, memref<8xf32>
    %t4 = gpu.dealloc async [%t3] %d : memref<8xf32>
    gpu.wait [%t4]
    return
  }
}
