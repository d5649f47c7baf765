// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// REQUIRES: numpy

// An angle cache (rope.freqs of a length, as models precompute it) gathered
// by positions: the kernel computes the angle of the gathered row from its
// index (row r of a length table is position r) instead of reading the
// cache, which is never materialized (no allocation: the only buffers are
// the constants and the result).

// REF: t = ref.freqs(np.arange(64), 16)
// REF: outputs = [ref.rotate(const("x"), 16, "half", angles=t, positions=const("pos"), table_map=[0])]
// REF: tol = 1e-5

// CHECK-LABEL: llvm.func @main
//       CHECK:   llvm.call @malloc
//   CHECK-NOT:   llvm.call @malloc
//       CHECK:   llvm.sitofp
//       CHECK:   llvm.intr.fma
func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %x = arith.constant dense<[[[-0.4932, 0.0551, 0.522, 0.2695, -0.5917, -0.9085, 0.0463, -0.5972, 0.1846, -0.9223, 0.6163, -0.2463, -0.3724, 0.3241, 0.821, -0.581], [0.0897, 0.8482, -0.4404, -0.6808, -0.3148, -0.595, 0.3752, -0.1853, 0.9282, 0.0611, -0.3494, 0.5534, 0.8967, 0.0107, -0.1091, 0.2573]], [[0.0396, 0.179, -0.7132, 0.544, 0.2269, 0.8995, 0.7733, -0.6025, 0.902, -0.6589, 0.2261, 0.5655, -0.1248, 0.7559, 0.1207, -0.5604], [-0.914, 0.6822, 0.0466, 0.9315, -0.2566, 0.393, 0.362, -0.8713, -0.0336, 0.6929, -0.5206, 0.2447, 0.4382, -0.9565, 0.1767, -0.9953]], [[-0.2452, -0.6971, 0.3879, -0.9778, 0.9756, -0.4104, 0.8928, -0.6765, -0.6041, -0.8154, -0.6255, -0.9371, -0.1206, -0.3917, 0.9166, 0.5781], [-0.3104, -0.4365, -0.0859, 0.814, -0.8159, 0.3489, -0.4477, 0.7846, -0.2345, -0.7912, -0.8836, -0.6774, 0.9151, 0.6511, -0.9042, 0.5693]], [[-0.9289, -0.4655, -0.1648, -0.8542, -0.0678, -0.2983, -0.7982, 0.1086, 0.0887, -0.5534, -0.9662, 0.7629, -0.899, 0.0929, -0.5754, -0.3538], [0.7633, 0.0029, 0.0222, 0.9057, -0.8277, 0.3902, -0.3236, 0.8391, 0.1796, -0.66, 0.5887, -0.1287, 0.9434, 0.4405, 0.4167, -0.672]], [[0.0138, 0.1783, 0.6442, -0.8582, 0.4137, 0.3429, -0.1798, 0.71, -0.2132, 0.2595, 0.9964, 0.1986, 0.8021, 0.3976, 0.3403, -0.3857], [-0.7781, 0.7493, -0.2869, -0.0961, 0.3652, 0.7784, 0.3384, 0.3324, -0.8603, -0.6248, -0.6817, 0.7671, -0.221, -0.4404, 0.2131, -0.7058]]]> : tensor<5x2x16xf32>
  %pos = arith.constant dense<[60, 53, 38, 0, 24]> : tensor<5xi32>
  %t = rope.freqs length 64 {dim = 16 : i64}
  %y = rope.rotate half %x : tensor<5x2x16xf32> angles(%t : tensor<64x8xf32>) gather(%pos : tensor<5xi32>)
       {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %yb = bufferization.to_buffer %y : tensor<5x2x16xf32> to memref<5x2x16xf32>
  %yu = memref.cast %yb : memref<5x2x16xf32> to memref<*xf32>
  call @printMemrefF32(%yu) : (memref<*xf32>) -> ()
  return
}
