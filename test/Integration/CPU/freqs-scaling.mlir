// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Every frequency variant at long-context positions, against the f64
// formulas of test/lib/rope_ref.py: none (theta 5e5), linear, ntk, yarn (with
// its own beta/mscale and untruncated), llama3, explicit inv_freq, and a
// position scale; the yarn table then rotates q with yarn's attention
// scaling as the rotate scale. Angles reach ~8000, where printMemrefF32's 6
// digits need a relative bound.

// REF: pos = const("pos")
// REF: yarn = dict(kind="yarn", factor=16.0, original_max_position=512, beta_fast=24.0, beta_slow=2.0, mscale=0.8, mscale_all_dim=0.5, truncate=False)
// REF: y = ref.freqs(pos, 16, scaling=yarn)
// REF: mscale = ref.yarn_attention_scaling(yarn)
// REF: assert abs(mscale - 1.0730507) < 1e-7   # 0.1*0.8*ln16+1 over 0.1*0.5*ln16+1, by hand
// REF: outputs = [
// REF:   ref.freqs(pos, 16, theta=5e5),
// REF:   ref.freqs(pos, 16, scaling=dict(kind="linear", factor=4.0)),
// REF:   ref.freqs(pos, 16, scaling=dict(kind="ntk", alpha=8.0)),
// REF:   y,
// REF:   ref.freqs(pos, 16, theta=5e5, scaling=dict(kind="llama3", factor=8.0, low_freq_factor=1.0, high_freq_factor=4.0, original_max_position=512)),
// REF:   ref.freqs(pos, 16, explicit_inv_freq=[1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125]),
// REF:   ref.freqs(pos, 16, position_scale=0.125),
// REF:   ref.rotate(const("q"), 16, "half", angles=y, table_map=[0], scale=1.0730507)]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %pos = arith.constant dense<[0, 1, 7, 100, 1023, 8191]> : tensor<6xi64>
  %q = arith.constant dense<[[0.7296, 0.7106, 0.622, -0.4771, -0.8456, 0.8929, 0.2276, -0.9947, 0.8208, 0.9696, -0.4274, 0.6273, -0.8352, -0.1234, 0.6354, -0.1825], [0.0355, -0.7659, 0.628, -0.0043, -0.5034, 0.5534, 0.9585, 0.0767, 0.4743, 0.9855, -0.9397, 0.198, 0.9346, -0.7653, -0.5538, 0.1005], [0.4447, 0.1055, 0.0954, -0.8969, 0.4785, -0.3586, -0.8521, 0.9169, 0.3193, -0.0884, 0.4653, -0.0442, -0.7506, 0.2092, 0.4939, 0.4883], [0.1031, 0.857, 0.8914, 0.7497, -0.2567, -0.4645, 0.0596, 0.3086, -0.6788, 0.1189, -0.1221, -0.9967, -0.1623, -0.2002, 0.9268, -0.891], [0.8571, 0.8166, 0.1996, -0.6255, 0.5826, -0.677, -0.3587, 0.3328, -0.1495, -0.0781, -0.3937, -0.9255, -0.2785, 0.6532, 0.6603, -0.8379], [0.106, -0.2924, -0.2021, 0.9758, 0.6185, 0.014, 0.015, 0.834, -0.2497, 0.5638, 0.4591, 0.4747, -0.0887, 0.3707, 0.6746, -0.4086]]> : tensor<6x16xf32>
  %none = rope.freqs %pos {dim = 16 : i64, theta = 5.0e+05 : f64} : tensor<6xi64>
  %lin = rope.freqs %pos {dim = 16 : i64, scaling = #rope.linear<factor = 4.0>} : tensor<6xi64>
  %ntk = rope.freqs %pos {dim = 16 : i64, scaling = #rope.ntk<alpha = 8.0>} : tensor<6xi64>
  %yarn = rope.freqs %pos {dim = 16 : i64, scaling = #rope.yarn<factor = 16.0, original_max_position = 512, beta_fast = 24.0, beta_slow = 2.0, mscale = 0.8, mscale_all_dim = 0.5, truncate = false>} : tensor<6xi64>
  %llama3 = rope.freqs %pos {dim = 16 : i64, theta = 5.0e+05 : f64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = 512>} : tensor<6xi64>
  %explicit = rope.freqs %pos {dim = 16 : i64, inv_freq = array<f32: 1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125>} : tensor<6xi64>
  %interp = rope.freqs %pos {dim = 16 : i64, position_scale = 0.125 : f32} : tensor<6xi64>
  %q2 = rope.rotate half %q : tensor<6x16xf32> angles(%yarn : tensor<6x8xf32>)
        {rotary_dim = 16 : i64, scale = 1.0730507 : f32, table_maps = [affine_map<(d0) -> (d0)>]}
  %pb1 = bufferization.to_buffer %none : tensor<6x8xf32> to memref<6x8xf32>
  %pu1 = memref.cast %pb1 : memref<6x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %lin : tensor<6x8xf32> to memref<6x8xf32>
  %pu2 = memref.cast %pb2 : memref<6x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  %pb3 = bufferization.to_buffer %ntk : tensor<6x8xf32> to memref<6x8xf32>
  %pu3 = memref.cast %pb3 : memref<6x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu3) : (memref<*xf32>) -> ()
  %pb4 = bufferization.to_buffer %yarn : tensor<6x8xf32> to memref<6x8xf32>
  %pu4 = memref.cast %pb4 : memref<6x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu4) : (memref<*xf32>) -> ()
  %pb5 = bufferization.to_buffer %llama3 : tensor<6x8xf32> to memref<6x8xf32>
  %pu5 = memref.cast %pb5 : memref<6x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu5) : (memref<*xf32>) -> ()
  %pb6 = bufferization.to_buffer %explicit : tensor<6x8xf32> to memref<6x8xf32>
  %pu6 = memref.cast %pb6 : memref<6x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu6) : (memref<*xf32>) -> ()
  %pb7 = bufferization.to_buffer %interp : tensor<6x8xf32> to memref<6x8xf32>
  %pu7 = memref.cast %pb7 : memref<6x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu7) : (memref<*xf32>) -> ()
  %pb8 = bufferization.to_buffer %q2 : tensor<6x16xf32> to memref<6x16xf32>
  %pu8 = memref.cast %pb8 : memref<6x16xf32> to memref<*xf32>
  call @printMemrefF32(%pu8) : (memref<*xf32>) -> ()
  return
}
