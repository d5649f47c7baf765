// RUN: rope-opt %s --convert-rope-to-cpu="vector-bits=256 min-parallel-bytes=0" --rope-cpu-pipeline="threads=2" | %run_cpu | %ropecheck %s
// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Two forms that keep one token per iteration. A 2D table (rope.broadcat of
// two freqs) looked up by per-token coordinates, where a token with a
// negative coordinate passes through untouched (its stored values, exactly).
// xPos on q (+1) and k (-1): the per-pair decay zeta_i^(+-p/512) folded
// into each input's cos/sin (positions up to 100 keep the factors, and the
// printed values, below 2).

// REF: ta = ref.freqs(np.arange(4), 8)
// REF: tb = ref.freqs(np.arange(5), 8)
// REF: table = ref.broadcat(ta, tb)
// REF: p = const("xp")
// REF: outputs = [ref.rotate(const("x"), 16, "half", angles=table, positions=const("coords"), coords=True, table_map=[1]),
// REF:            ref.rotate(const("q"), 16, "half", angles=ref.freqs(p, 16), table_map=[0], xpos=(512.0, 0.4), xpos_positions=p, xpos_sign=1),
// REF:            ref.rotate(const("q"), 16, "half", angles=ref.freqs(p, 16), table_map=[0], xpos=(512.0, 0.4), xpos_positions=p, xpos_sign=-1)]
// REF: tol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %x = arith.constant dense<[[[0.8849, -0.3857, -0.4902, -0.5548, 0.5724, -0.5666, 0.6115, 0.4653, -0.1565, -0.0163, 0.8185, 0.5819, -0.6924, 0.498, -0.194, 0.9828], [-0.5768, -0.179, 0.8866, 0.1604, 0.4715, 0.2095, -0.5373, -0.8909, -0.8099, -0.2797, -0.8158, -0.6602, -0.0282, -0.2896, 0.1243, -0.3134], [0.1121, 0.2859, 0.7087, -0.933, 0.5015, -0.2526, -0.5016, -0.7769, 0.0775, 0.4122, 0.9994, -0.3789, 0.9647, 0.0539, 0.7898, -0.819], [-0.8869, -0.122, -0.9551, -0.3858, -0.9399, 0.6372, -0.8382, 0.1066, 0.937, -0.0589, -0.3794, 0.7129, 0.4789, -0.725, -0.1378, -0.2868], [0.6074, -0.0187, -0.1604, -0.1596, 0.4455, 0.9493, 0.2728, -0.1485, 0.2379, 0.9972, 0.8007, -0.8124, -0.5167, 0.0873, -0.0452, -0.1441], [-0.3446, 0.6511, 0.0457, -0.9065, 0.1472, 0.9705, -0.252, -0.2362, 0.6928, 0.1825, 0.0673, -0.6288, 0.1132, -0.6745, 0.1392, 0.5615]], [[-0.8408, 0.5326, 0.6347, -0.8424, 0.6593, -0.8871, 0.8785, -0.3442, -0.319, -0.265, -0.4319, -0.8241, 0.133, -0.8315, -0.2058, -0.723], [0.2429, -0.5224, -0.8286, -0.9662, 0.6297, -0.338, 0.6465, 0.803, -0.8962, -0.6716, -0.8074, -0.6539, -0.4938, -0.6009, -0.6649, 0.6753], [0.7915, 0.6131, 0.7502, 0.044, -0.7283, -0.7203, -0.2738, -0.8973, -0.2423, -0.3014, -0.3958, -0.2312, 0.8662, -0.8956, 0.1763, 0.6471], [0.7049, -0.4988, -0.2201, 0.5851, 0.6862, -0.4542, 0.0243, -0.8102, 0.8275, 0.4489, 0.6475, -0.4859, -0.994, -0.4953, 0.1366, -0.2374], [-0.7021, -0.1861, -0.0067, -0.8743, 0.752, 0.6483, 0.5146, -0.628, 0.9267, -0.7531, -0.1246, 0.0566, -0.5716, -0.3089, 0.8596, 0.3967], [-0.8196, 0.7974, -0.4325, -0.2102, 0.1813, -0.915, -0.9176, -0.6436, 0.2424, -0.12, 0.2777, -0.4982, -0.0867, -0.8671, 0.7892, -0.1591]]]> : tensor<2x6x16xf32>
  %coords = arith.constant dense<[[0, 0], [3, 4], [-1, 2], [1, -3], [2, 1], [3, 0]]> : tensor<6x2xi32>
  %ta = rope.freqs length 4 {dim = 8 : i64}
  %tb = rope.freqs length 5 {dim = 8 : i64}
  %b = rope.broadcat %ta, %tb : tensor<4x4xf32>, tensor<5x4xf32>
  %y = rope.rotate half %x : tensor<2x6x16xf32> angles(%b : tensor<4x5x8xf32>) gather(%coords : tensor<6x2xi32>)
      {coords, rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  %q = arith.constant dense<[[[0.2315, 0.1485, 0.0391, -0.9872, 0.1006, 0.9367, -0.2039, -0.9683, -0.5125, 0.8929, 0.792, -0.0524, -0.7657, -0.8424, 0.9656, -0.8711], [-0.021, -0.182, 0.5302, -0.855, -0.003, 0.7252, -0.1761, 0.5536, 0.0894, -0.6254, 0.5465, -0.4968, 0.2118, -0.44, 0.9944, -0.3661]], [[-0.3772, -0.0489, -0.2517, 0.3493, 0.1455, -0.1669, -0.6561, -0.7089, -0.4687, 0.9256, -0.0327, -0.0804, 0.2893, -0.2419, 0.2821, 0.9691], [0.0654, -0.2869, 0.0418, 0.0105, -0.416, -0.619, 0.4251, -0.006, -0.489, 0.5325, 0.8343, 0.1674, -0.8835, 0.0989, 0.2918, 0.6241]], [[-0.7008, 0.7294, 0.1272, -0.1203, -0.9793, -0.6332, -0.4435, 0.8568, -0.2303, 0.0828, 0.2686, 0.5282, -0.6817, -0.7474, 0.3439, -0.67], [0.8893, -0.2354, 0.4765, -0.5562, -0.4196, 0.8365, -0.6386, -0.1546, 0.8524, -0.5381, 0.2501, -0.6641, -0.5913, -0.5237, 0.8314, -0.7941]], [[0.0228, -0.6413, -0.5762, -0.8952, -0.4979, -0.929, -0.7343, -0.3278, 0.3371, -0.5766, -0.5798, 0.6596, 0.5455, 0.2598, -0.2829, -0.4837], [0.6294, 0.26, -0.775, -0.9058, -0.9127, -0.4118, 0.2955, -0.378, 0.9216, -0.1868, 0.9328, 0.6441, -0.4943, 0.2233, -0.6551, 0.4043]], [[-0.8144, 0.4465, 0.6429, 0.3403, -0.8691, -0.5893, -0.879, 0.6337, -0.9968, -0.1411, -0.2922, -0.6221, 0.4053, 0.8711, -0.8123, -0.2864], [0.1812, 0.9629, -0.897, 0.3637, -0.1929, 0.2931, 0.5788, 0.9353, 0.0073, 0.2788, 0.3346, 0.7353, -0.9983, 0.9516, -0.9178, 0.829]]]> : tensor<5x2x16xf32>
  %xp = arith.constant dense<[0, 3, 20, 51, 100]> : tensor<5xi64>
  %t = rope.freqs %xp {dim = 16 : i64} : tensor<5xi64>
  %q2, %k2 = rope.rotate half %q, %q : tensor<5x2x16xf32>, tensor<5x2x16xf32>
      angles(%t : tensor<5x8xf32>) xpos(%xp : tensor<5xi64>)
      {rotary_dim = 16 : i64, xpos = #rope.xpos<scale_base = 512.0, signs = [1, -1]>,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  %y_b = bufferization.to_buffer %y : tensor<2x6x16xf32> to memref<2x6x16xf32>
  %y_u = memref.cast %y_b : memref<2x6x16xf32> to memref<*xf32>
  call @printMemrefF32(%y_u) : (memref<*xf32>) -> ()
  %q2_b = bufferization.to_buffer %q2 : tensor<5x2x16xf32> to memref<5x2x16xf32>
  %q2_u = memref.cast %q2_b : memref<5x2x16xf32> to memref<*xf32>
  call @printMemrefF32(%q2_u) : (memref<*xf32>) -> ()
  %k2_b = bufferization.to_buffer %k2 : tensor<5x2x16xf32> to memref<5x2x16xf32>
  %k2_u = memref.cast %k2_b : memref<5x2x16xf32> to memref<*xf32>
  call @printMemrefF32(%k2_u) : (memref<*xf32>) -> ()
  return
}
