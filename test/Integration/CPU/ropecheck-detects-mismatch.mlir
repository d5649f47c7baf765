// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | not %ropecheck %s | FileCheck %s
// REQUIRES: numpy

// The checker itself: a reference that pairs channels differently from the
// op (interleaved vs half) must be reported as a mismatch with a non-zero
// exit, while the table, computed the same way, passes.

// CHECK: output #0 [3, 4]: {{.*}} ok
// CHECK: output #1 [3, 8]: {{.*}} MISMATCH
// CHECK-NEXT: at (

// REF: t = ref.freqs(np.arange(3), 8)
// REF: outputs = [t, ref.rotate(const("x"), 8, "interleaved", angles=t, table_map=[0])]
// REF: tol = 1e-3

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %x = arith.constant dense<[[-0.6927, -0.6614, 0.0119, 0.3162, 0.5352, -0.7815, 0.5952, 0.9375], [-0.5061, -0.605, -0.3234, 0.4308, -0.842, -0.168, -0.2045, 0.8777], [-0.3892, 0.2179, 0.4809, -0.8443, 0.71, 0.0379, 0.7345, -0.0846]]> : tensor<3x8xf32>
  %t = rope.freqs length 3 {dim = 8 : i64}
  %y = rope.rotate half %x : tensor<3x8xf32> angles(%t : tensor<3x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  %pb1 = bufferization.to_buffer %t : tensor<3x4xf32> to memref<3x4xf32>
  %pu1 = memref.cast %pb1 : memref<3x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %y : tensor<3x8xf32> to memref<3x8xf32>
  %pu2 = memref.cast %pb2 : memref<3x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  return
}
