// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// rope.freqs from integer positions feeding rope.rotate (half layout), f32,
// batch x seq x head_dim with a per-(batch, seq) table.

// REF: pos = const("pos")
// REF: t = ref.freqs(pos, 8)
// REF: outputs = [t, ref.rotate(const("x"), 8, "half", angles=t, table_map=[0, 1])]
// REF: tol = 2e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %pos = arith.constant dense<[[41, 13, 5], [14, 20, 40]]> : tensor<2x3xi64>
  %x = arith.constant dense<[[[0.0236, 0.9009, -0.7117, 0.8973, -0.3763, -0.1533, 0.6554, -0.1816], [0.0992, -0.9449, 0.507, 0.0763, -0.3405, 0.5769, -0.3936, -0.093], [-0.7319, -0.1938, -0.5931, -0.4754, 0.5007, -0.4392, -0.0296, 0.9615]], [[0.9233, 0.4496, 0.0825, -0.4462, -0.6787, 0.9399, 0.0321, -0.7683], [0.247, 0.5534, 0.226, 0.8346, -0.9208, 0.0572, -0.0813, -0.8753], [0.2827, 0.7053, 0.1859, -0.4798, 0.6798, 0.019, 0.0218, 0.5061]]]> : tensor<2x3x8xf32>
  %t = rope.freqs %pos {dim = 8 : i64} : tensor<2x3xi64>
  %y = rope.rotate half %x : tensor<2x3x8xf32> angles(%t : tensor<2x3x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0, d1)>]}
  %tb = bufferization.to_buffer %t : tensor<2x3x4xf32> to memref<2x3x4xf32>
  %tu = memref.cast %tb : memref<2x3x4xf32> to memref<*xf32>
  call @printMemrefF32(%tu) : (memref<*xf32>) -> ()
  %yb = bufferization.to_buffer %y : tensor<2x3x8xf32> to memref<2x3x8xf32>
  %yu = memref.cast %yb : memref<2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%yu) : (memref<*xf32>) -> ()
  return
}
