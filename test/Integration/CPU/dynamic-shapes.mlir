// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Dynamic shapes end to end: positions tensor<?xi64>, a dynamic table from
// rope.freqs, a dynamic input tensor<?x?x?xf32>, and a broadcat of dynamic
// per-axis tables; every value is cast from a static one and back for
// printing.
// Tolerance: f32 math against f64, and printMemrefF32's 6 significant digits.

// REF: t = ref.freqs(const("pos"), 8)
// REF: outputs = [ref.rotate(const("x"), 8, "half", angles=t, table_map=[0]),
// REF:            ref.broadcat(ref.freqs(np.arange(2), 4), ref.freqs(np.arange(3), 6))]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %pos = arith.constant dense<[4, 0, 9]> : tensor<3xi64>
  %x = arith.constant dense<[[[0.8871, -0.2812, 0.5696, 0.1826, -0.4113, 0.8455, 0.7387, -0.2717], [0.9464, -0.551, 0.611, 0.3618, -0.0579, -0.9384, 0.7896, 0.1473]], [[-0.2194, -0.2906, 0.3039, -0.3059, 0.0152, -0.2581, -0.8896, -0.4992], [0.6819, 0.6363, 0.3347, -0.0588, 0.9397, 0.6805, -0.5099, 0.1351]], [[0.9119, 0.5712, -0.2613, -0.0602, 0.0357, 0.8038, 0.4286, -0.2037], [-0.0759, -0.8154, -0.0159, -0.542, -0.8137, -0.8174, -0.5683, 0.3983]]]> : tensor<3x2x8xf32>
  %posd = tensor.cast %pos : tensor<3xi64> to tensor<?xi64>
  %xd = tensor.cast %x : tensor<3x2x8xf32> to tensor<?x?x?xf32>
  %t = rope.freqs %posd {dim = 8 : i64} : tensor<?xi64>
  %yd = rope.rotate half %xd : tensor<?x?x?xf32> angles(%t : tensor<?x4xf32>)
        {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %y = tensor.cast %yd : tensor<?x?x?xf32> to tensor<3x2x8xf32>
  %a = rope.freqs length 2 {dim = 4 : i64}
  %b = rope.freqs length 3 {dim = 6 : i64}
  %ad = tensor.cast %a : tensor<2x2xf32> to tensor<?x?xf32>
  %bd = tensor.cast %b : tensor<3x3xf32> to tensor<?x?xf32>
  %jd = rope.broadcat %ad, %bd : tensor<?x?xf32>, tensor<?x?xf32>
  %j = tensor.cast %jd : tensor<?x?x?xf32> to tensor<2x3x5xf32>
  %pb1 = bufferization.to_buffer %y : tensor<3x2x8xf32> to memref<3x2x8xf32>
  %pu1 = memref.cast %pb1 : memref<3x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %j : tensor<2x3x5xf32> to memref<2x3x5xf32>
  %pu2 = memref.cast %pb2 : memref<2x3x5xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  return
}
