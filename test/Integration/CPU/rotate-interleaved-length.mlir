// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Interleaved pairs (GPT-J, Meta's complex form) with the table from
// `rope.freqs length` (positions 0..S-1), shared by the heads of x [S, H, D]
// through (s, h) -> (s).

// REF: t = ref.freqs(np.arange(5), 8, theta=500.0)
// REF: outputs = [t, ref.rotate(const("x"), 8, "interleaved", angles=t, table_map=[0])]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %x = arith.constant dense<[[[-0.7429, -0.0014, 0.203, -0.9426, -0.7041, 0.8564, -0.8592, -0.7405], [0.8967, 0.2438, -0.262, 0.0228, 0.3257, -0.4494, -0.7241, 0.5761]], [[0.3407, 0.0248, 0.6335, 0.0982, 0.9618, -0.591, 0.1075, -0.0328], [-0.2935, 0.1832, -0.5294, 0.6044, 0.7347, -0.7425, -0.0659, -0.4457]], [[-0.8338, 0.7919, -0.1401, -0.7046, 0.3467, -0.5956, 0.8029, -0.5657], [-0.9339, -0.5985, -0.3085, -0.0622, 0.8123, 0.3947, -0.3214, -0.9662]], [[-0.6804, 0.9929, -0.0806, 0.3821, -0.8907, -0.9319, 0.6918, 0.1758], [-0.3826, -0.3652, -0.8215, -0.6547, -0.9508, 0.6782, -0.0674, -0.7456]], [[0.4785, -0.6087, -0.8762, 0.1968, 0.7915, -0.9461, 0.6103, -0.6197], [-0.8142, -0.9641, -0.414, 0.4542, -0.0136, 0.7058, -0.5656, -0.3696]]]> : tensor<5x2x8xf32>
  %t = rope.freqs length 5 {dim = 8 : i64, theta = 500.0 : f64}
  %y = rope.rotate interleaved %x : tensor<5x2x8xf32> angles(%t : tensor<5x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %pb1 = bufferization.to_buffer %t : tensor<5x4xf32> to memref<5x4xf32>
  %pu1 = memref.cast %pb1 : memref<5x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %y : tensor<5x2x8xf32> to memref<5x2x8xf32>
  %pu2 = memref.cast %pb2 : memref<5x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  return
}
