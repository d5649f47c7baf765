// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// cos/sin tables (and inputs) that are strided views after bufferization,
// whose channel dim cannot be read with one vector load:
//  %a  GPT-J's sincos cache, cos and sin interleaved in one [S, R] tensor and
//      read as its even/odd columns (stride 2), per pair, interleaved layout;
//      x in [H, S, D], so the tables go through the token-tile scratch;
//  %b  the same for per-element f16 tables, half layout, one token per
//      iteration (sin/cos in registers);
//  %c  near miss: every other row of a cache (strided rows, contiguous
//      channels), which vector loads handle;
//  %d  x itself strided over its channels (the odd channels of a wider
//      tensor), with the strided GPT-J tables.
// Each reference slices the constants the same way in numpy.
// Tolerance: f32 math against f64, and printMemrefF32's 6 significant digits.

// REF: sc, ch, r = const("sc"), const("ch"), const("r")
// REF: outputs = [ref.rotate(const("xa"), 8, "interleaved", cos=sc[:, 0::2], sin=sc[:, 1::2], table_map=[1]),
// REF:            ref.rotate(const("xb"), 8, "half", cos=ch[:, 0::2], sin=ch[:, 1::2], table_map=[0]),
// REF:            ref.rotate(const("xb"), 8, "half", cos=r[0::2], sin=r[1::2], table_map=[0]),
// REF:            ref.rotate(const("xw")[..., 1::2], 8, "interleaved", cos=sc[:, 0::2], sin=sc[:, 1::2], table_map=[0])]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @print(%t: tensor<4x2x8xf32>) {
  %m = bufferization.to_buffer %t : tensor<4x2x8xf32> to memref<4x2x8xf32>
  %u = memref.cast %m : memref<4x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}

func.func @main() {
  %xa = arith.constant dense<[[[-0.7429, -0.0014, 0.203, -0.9426, -0.7041, 0.8564, -0.8592, -0.7405], [0.8967, 0.2438, -0.262, 0.0228, 0.3257, -0.4494, -0.7241, 0.5761], [0.3407, 0.0248, 0.6335, 0.0982, 0.9618, -0.591, 0.1075, -0.0328], [-0.2935, 0.1832, -0.5294, 0.6044, 0.7347, -0.7425, -0.0659, -0.4457]], [[-0.8338, 0.7919, -0.1401, -0.7046, 0.3467, -0.5956, 0.8029, -0.5657], [-0.9339, -0.5985, -0.3085, -0.0622, 0.8123, 0.3947, -0.3214, -0.9662], [-0.6804, 0.9929, -0.0806, 0.3821, -0.8907, -0.9319, 0.6918, 0.1758], [-0.3826, -0.3652, -0.8215, -0.6547, -0.9508, 0.6782, -0.0674, -0.7456]]]> : tensor<2x4x8xf32>
  %sc = arith.constant dense<[[-0.4984, 0.8935, -0.6214, -0.6414, -0.3002, -0.5389, 0.3409, -0.7698], [0.7926, 0.7163, -0.9943, 0.0829, -0.7863, -0.4841, -0.1662, -0.0928], [-0.0637, 0.855, -0.4825, -0.6242, 0.341, 0.8932, 0.8456, 0.7605], [-0.8713, 0.8734, 0.2985, 0.7431, -0.1838, -0.5612, 0.5859, 0.3233]]> : tensor<4x8xf32>
  %xb = arith.constant dense<[[[0.7296, 0.7106, 0.622, -0.4771, -0.8456, 0.8929, 0.2276, -0.9947], [0.8208, 0.9696, -0.4274, 0.6273, -0.8352, -0.1234, 0.6354, -0.1825]], [[0.0355, -0.7659, 0.628, -0.0043, -0.5034, 0.5534, 0.9585, 0.0767], [0.4743, 0.9855, -0.9397, 0.198, 0.9346, -0.7653, -0.5538, 0.1005]], [[0.4447, 0.1055, 0.0954, -0.8969, 0.4785, -0.3586, -0.8521, 0.9169], [0.3193, -0.0884, 0.4653, -0.0442, -0.7506, 0.2092, 0.4939, 0.4883]], [[0.1031, 0.857, 0.8914, 0.7497, -0.2567, -0.4645, 0.0596, 0.3086], [-0.6788, 0.1189, -0.1221, -0.9967, -0.1623, -0.2002, 0.9268, -0.891]]]> : tensor<4x2x8xf32>
  %ch = arith.constant dense<[[0.662, -0.2781, 0.4055, 0.7202, 0.2826, 0.0967, 0.5246, 0.4326, -0.0657, 0.1449, 0.4926, -0.8729, 0.2938, 0.4721, -0.2025, 0.0144], [-0.5426, 0.3004, 0.9426, -0.4026, -0.0743, 0.7832, 0.1028, -0.1571, 0.3366, -0.9384, -0.6924, 0.7426, -0.6835, -0.9411, 0.8528, 0.5056], [0.9549, 0.5194, 0.8456, -0.3112, 0.5093, -0.6712, 0.6478, 0.4646, -0.6173, -0.6321, -0.6626, 0.6377, 0.3287, -0.4384, 0.3088, 0.372], [0.3778, 0.9919, 0.6899, -0.14, -0.9059, -0.5428, -0.8504, 0.5689, 0.5867, -0.5715, 0.8969, -0.3538, -0.0682, 0.1619, 0.9959, 0.7938]]> : tensor<4x16xf16>
  %r = arith.constant dense<[[0.3855, 0.6316, -0.3112, -0.9103, 0.1432, -0.7075, 0.4375, -0.3093], [-0.086, 0.9519, 0.5629, 0.6876, 0.1102, 0.8832, -0.9633, 0.7784], [-0.2205, -0.5365, 0.0688, 0.8894, -0.338, 0.8172, -0.0653, 0.9346], [0.5285, 0.5667, -0.2769, 0.1756, -0.5029, 0.6003, -0.4829, 0.3452], [-0.8493, -0.5063, -0.2838, -0.6559, -0.4794, -0.5964, -0.9205, -0.3143], [-0.0635, -0.1653, 0.799, -0.8223, 0.2479, -0.3025, -0.9481, 0.546], [-0.156, 0.9524, 0.549, 0.7376, 0.132, -0.321, 0.7088, -0.1737], [0.7426, 0.8264, -0.2917, 0.4504, 0.6274, 0.9957, -0.0851, -0.5986]]> : tensor<8x8xf32>
  %xw = arith.constant dense<[[[0.1338, -0.1385, -0.8119, -0.3038, 0.243, -0.9567, 0.7493, 0.7081, -0.9114, 0.6048, -0.6304, 0.3912, -0.69, 0.3832, 0.9173, 0.97], [0.3266, -0.6728, -0.2102, -0.444, 0.9113, -0.4013, 0.1222, -0.1853, -0.7225, -0.2305, 0.5388, -0.1728, 0.3586, 0.1637, -0.847, 0.4598]], [[0.348, 0.6039, -0.7021, 0.949, 0.7353, 0.8061, 0.9239, 0.2423, -0.2576, -0.8841, 0.3972, 0.2632, 0.2981, -0.9868, 0.8914, -0.2259], [-0.8595, 0.9784, 0.4715, 0.0464, 0.5293, 0.6052, 0.3333, -0.2974, -0.3618, 0.3393, -0.7123, -0.5974, -0.6064, -0.0795, 0.2286, 0.0062]], [[0.5406, 0.9118, -0.8227, -0.6782, 0.513, -0.2946, 0.3074, -0.8486, -0.7186, 0.7571, -0.1325, -0.7532, 0.8499, -0.5401, -0.8386, 0.0761], [0.1512, -0.8333, 0.3538, -0.3971, 0.984, -0.3084, 0.4328, 0.2545, 0.1741, -0.8853, 0.6166, -0.3603, 0.0754, 0.7041, 0.335, -0.5554]], [[0.9742, 0.5959, 0.0295, 0.4934, -0.3876, -0.3098, -0.1269, -0.393, -0.3489, 0.3286, -0.0512, -0.4425, 0.2426, -0.1949, -0.0486, 0.3934], [0.255, 0.9724, -0.3473, 0.2033, 0.6406, -0.3508, -0.2897, 0.0377, 0.8676, -0.8836, 0.2641, -0.0949, 0.4237, 0.8803, -0.9505, 0.6877]]]> : tensor<4x2x16xf32>

  %cos = tensor.extract_slice %sc[0, 0] [4, 4] [1, 2] : tensor<4x8xf32> to tensor<4x4xf32>
  %sin = tensor.extract_slice %sc[0, 1] [4, 4] [1, 2] : tensor<4x8xf32> to tensor<4x4xf32>
  %a = rope.rotate interleaved %xa : tensor<2x4x8xf32> cos_sin(%cos, %sin : tensor<4x4xf32>, tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  %am = bufferization.to_buffer %a : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %au = memref.cast %am : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%au) : (memref<*xf32>) -> ()

  %cosh = tensor.extract_slice %ch[0, 0] [4, 8] [1, 2] : tensor<4x16xf16> to tensor<4x8xf16>
  %sinh = tensor.extract_slice %ch[0, 1] [4, 8] [1, 2] : tensor<4x16xf16> to tensor<4x8xf16>
  %b = rope.rotate half %xb : tensor<4x2x8xf32> cos_sin(%cosh, %sinh : tensor<4x8xf16>, tensor<4x8xf16>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  call @print(%b) : (tensor<4x2x8xf32>) -> ()

  %cosr = tensor.extract_slice %r[0, 0] [4, 8] [2, 1] : tensor<8x8xf32> to tensor<4x8xf32>
  %sinr = tensor.extract_slice %r[1, 0] [4, 8] [2, 1] : tensor<8x8xf32> to tensor<4x8xf32>
  %c = rope.rotate half %xb : tensor<4x2x8xf32> cos_sin(%cosr, %sinr : tensor<4x8xf32>, tensor<4x8xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  call @print(%c) : (tensor<4x2x8xf32>) -> ()

  %xd = tensor.extract_slice %xw[0, 0, 1] [4, 2, 8] [1, 1, 2] : tensor<4x2x16xf32> to tensor<4x2x8xf32>
  %d = rope.rotate interleaved %xd : tensor<4x2x8xf32> cos_sin(%cos, %sin : tensor<4x4xf32>, tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  call @print(%d) : (tensor<4x2x8xf32>) -> ()
  return
}
