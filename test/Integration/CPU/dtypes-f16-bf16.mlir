// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// f16 and bf16 storage with f32 math: a bf16 q and an f16 k in one rotate
// (angles table), and a bf16 input with bf16 per-element cos/sin caches.
// Each result is the f32 result rounded once to the storage type; the
// reference rounds its f64 result once, so the two can differ by one unit in
// the last place of the storage type: tolerance 1 ulp at |y| < 2, which is
// 2^-7 = 7.8e-3 for bf16 and 2^-10 = 9.8e-4 for f16 (the larger one, since
// all outputs share one tolerance; inputs are in [-1, 1], |y| <= sqrt(2)).

// REF: t = ref.freqs(np.arange(4), 8)
// REF: outputs = [ref.rotate(const("q"), 8, "half", angles=t, table_map=[0], out_dtype="bf16"),
// REF:            ref.rotate(const("k"), 8, "half", angles=t, table_map=[0], out_dtype="f16"),
// REF:            ref.rotate(const("q"), 8, "interleaved", cos=const("c"), sin=const("s"), table_map=[0], out_dtype="bf16")]
// REF: assert np.abs(outputs[1]).max() < 2 and np.abs(outputs[0]).max() < 2
// REF: tol = 2.0 ** -7

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %q = arith.constant dense<[[[-0.4338, 0.8205, 0.6386, -0.4149, 0.6697, 0.8092, -0.4315, 0.7861], [-0.2032, 0.1476, -0.617, 0.6724, 0.7705, -0.0466, 0.0967, -0.5823]], [[0.5922, -0.866, 0.8632, -0.2284, -0.1612, -0.4668, 0.973, 0.0983], [-0.3926, -0.2479, 0.5646, 0.3856, 0.1028, -0.1755, -0.8154, 0.1029]], [[0.0577, 1.0, -0.1594, 0.6124, 0.1938, 0.5982, 0.2938, -0.6323], [-0.1806, -0.0544, 0.2103, -0.4709, 0.8675, 0.9131, 0.1186, 0.9373]], [[-0.071, 0.4462, 0.5072, -0.9298, 0.2232, -0.8004, 0.2209, -0.4179], [0.7432, -0.1708, -0.6696, -0.6712, 0.6371, -0.6075, 0.7535, 0.4209]]]> : tensor<4x2x8xbf16>
  %k = arith.constant dense<[[[0.2017, -0.8483, -0.2994, -0.3328, -0.924, 0.7149, -0.93, -0.9945]], [[0.2736, -0.9156, -0.6965, -0.5979, -0.0071, -0.1495, -0.0798, 0.3651]], [[-0.349, -0.9444, 0.0069, -0.1968, 0.6025, 0.9845, 0.5678, 0.0994]], [[-0.4621, -0.5021, 0.7708, 0.9862, 0.7823, 0.7686, 0.8954, 0.1565]]]> : tensor<4x1x8xf16>
  %c = arith.constant dense<[[0.971, 0.0864, -0.0813, -0.1304, 0.3263, -0.8865, 0.9441, -0.1191], [0.5284, -0.9345, 0.955, 0.999, -0.7008, 0.3881, 0.7043, 0.8705], [-0.5261, -0.616, 0.8666, -0.9095, -0.6122, 0.6049, -0.4632, 0.9318], [0.9777, 0.1635, -0.3724, -0.6912, -0.1946, -0.6595, 0.3961, 0.5754]]> : tensor<4x8xbf16>
  %s = arith.constant dense<[[-0.5207, 0.5774, 0.4441, -0.9084, -0.3411, -0.4758, 0.1285, 0.7736], [-0.3889, 0.9442, -0.0027, 0.6165, 0.7465, -0.7183, -0.053, -0.3083], [0.0253, -0.6783, -0.656, -0.3343, 0.2336, -0.7166, 0.8404, 0.0094], [0.0424, -0.0073, 0.3978, -0.1729, 0.1337, -0.7052, 0.8196, 0.6231]]> : tensor<4x8xbf16>
  %t = rope.freqs length 4 {dim = 8 : i64}
  %q2, %k2 = rope.rotate half %q, %k : tensor<4x2x8xbf16>, tensor<4x1x8xf16> angles(%t : tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  %q3 = rope.rotate interleaved %q : tensor<4x2x8xbf16> cos_sin(%c, %s : tensor<4x8xbf16>, tensor<4x8xbf16>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %pe1 = arith.extf %q2 : tensor<4x2x8xbf16> to tensor<4x2x8xf32>
  %pb1 = bufferization.to_buffer %pe1 : tensor<4x2x8xf32> to memref<4x2x8xf32>
  %pu1 = memref.cast %pb1 : memref<4x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pe2 = arith.extf %k2 : tensor<4x1x8xf16> to tensor<4x1x8xf32>
  %pb2 = bufferization.to_buffer %pe2 : tensor<4x1x8xf32> to memref<4x1x8xf32>
  %pu2 = memref.cast %pb2 : memref<4x1x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  %pe3 = arith.extf %q3 : tensor<4x2x8xbf16> to tensor<4x2x8xf32>
  %pb3 = bufferization.to_buffer %pe3 : tensor<4x2x8xf32> to memref<4x2x8xf32>
  %pu3 = memref.cast %pb3 : memref<4x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu3) : (memref<*xf32>) -> ()
  return
}
