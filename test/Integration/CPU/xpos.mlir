// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// xPos (x-transformers): q's rotated pairs scaled by zeta_i^(+p/scale_base),
// k's by zeta_i^(-p/scale_base), with p the centered positions (t - S//2) as
// x-transformers passes them; a small scale_base makes the decay large. A
// second op: gamma 0.5, integer xpos positions, partial rotary, interleaved.
// Tolerance: f32 math (incl. powf) against f64, and printMemrefF32's 6
// significant digits.

// REF: t = ref.freqs(np.arange(5), 8)
// REF: xp = const("xp")
// REF: q, k = const("q"), const("k")
// REF: outputs = [ref.rotate(q, 8, "half", angles=t, table_map=[0], xpos=(8.0, 0.4), xpos_positions=xp, xpos_sign=1),
// REF:            ref.rotate(k, 8, "half", angles=t, table_map=[0], xpos=(8.0, 0.4), xpos_positions=xp, xpos_sign=-1),
// REF:            ref.rotate(k, 6, "interleaved", angles=t[:, :3], table_map=[0], xpos=(4.0, 0.5), xpos_positions=const("xi"), xpos_sign=-1)]
// REF: tol = 2e-6
// REF: rtol = 2e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %xp = arith.constant dense<[-2.0, -1.0, 0.0, 1.0, 2.0]> : tensor<5xf32>
  %xi = arith.constant dense<[0, 1, 2, 3, 4]> : tensor<5xi32>
  %q = arith.constant dense<[[-0.4932, 0.0551, 0.522, 0.2695, -0.5917, -0.9085, 0.0463, -0.5972], [0.1846, -0.9223, 0.6163, -0.2463, -0.3724, 0.3241, 0.821, -0.581], [0.0897, 0.8482, -0.4404, -0.6808, -0.3148, -0.595, 0.3752, -0.1853], [0.9282, 0.0611, -0.3494, 0.5534, 0.8967, 0.0107, -0.1091, 0.2573], [0.0396, 0.179, -0.7132, 0.544, 0.2269, 0.8995, 0.7733, -0.6025]]> : tensor<5x8xf32>
  %k = arith.constant dense<[[0.6757, -0.9866, -0.5371, -0.7715, 0.4312, -0.3791, 0.1466, -0.8962], [-0.4174, 0.9072, 0.8151, -0.3035, 0.3669, -0.0945, 0.0172, 0.1265], [0.5445, 0.0374, 0.5743, -0.6614, 0.9281, -0.7683, 0.5258, 0.1146], [-0.8797, -0.0556, -0.024, 0.9262, -0.2141, -0.6266, -0.1401, -0.3646], [-0.1045, 0.7599, -0.8723, -0.9398, 0.2853, 0.9195, -0.7385, 0.3931]]> : tensor<5x8xf32>
  %t = rope.freqs length 5 {dim = 8 : i64}
  %t6 = rope.freqs length 5 {dim = 6 : i64, inv_freq = array<f32: 1.0, 0.1, 0.0099999998>}
  %q2, %k2 = rope.rotate half %q, %k : tensor<5x8xf32>, tensor<5x8xf32> angles(%t : tensor<5x4xf32>) xpos(%xp : tensor<5xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
        xpos = #rope.xpos<scale_base = 8.0, signs = [1, -1]>}
  %k3 = rope.rotate interleaved %k : tensor<5x8xf32> angles(%t6 : tensor<5x3xf32>) xpos(%xi : tensor<5xi32>)
       {rotary_dim = 6 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 4.0, gamma = 0.5, signs = [-1]>}
  %pb1 = bufferization.to_buffer %q2 : tensor<5x8xf32> to memref<5x8xf32>
  %pu1 = memref.cast %pb1 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %k2 : tensor<5x8xf32> to memref<5x8xf32>
  %pu2 = memref.cast %pb2 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  %pb3 = bufferization.to_buffer %k3 : tensor<5x8xf32> to memref<5x8xf32>
  %pu3 = memref.cast %pb3 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu3) : (memref<*xf32>) -> ()
  return
}
