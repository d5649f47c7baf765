// RUN: rope-opt %s --split-input-file --rope-raise=report=true -verify-diagnostics | FileCheck %s

// report=true: every value that looks like a rotation but is not raised gets
// a remark with the reason, and every function a summary of what was raised
// by form (the same counters as the pass statistics).

// CHECK-LABEL: func.func @raised
// CHECK: rope.rotate half
// expected-remark @below {{rope-raise: cos-sin-tables=1, half-layout=1, sites-raised=1}}
func.func @raised(%q: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %e = tensor.empty() : tensor<2x4x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %n = arith.negf %x2 : tensor<2x4x4xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %a = arith.mulf %q, %cos : tensor<2x4x8xf32>
  %b = arith.mulf %rot, %sin : tensor<2x4x8xf32>
  %r = arith.addf %a, %b : tensor<2x4x8xf32>
  return %r : tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %raised_in0 = arith.constant dense<[[[-0.5939, 0.1595, 0.1773, -0.0491, 0.7263, 0.0956, -0.3394, 0.2526], [0.1352, 0.5847, 0.3432, -0.3469, 0.9472, -0.3903, 0.3397, 0.3737], [0.1629, 0.3971, 0.016, 0.2512, -0.6769, 0.066, 0.6459, 0.5128], [0.9247, 0.3559, -0.9142, -0.0825, 0.3258, -0.541, -0.4781, 0.856]], [[0.372, 0.9398, -0.5699, 0.9119, 0.9586, 0.6984, 0.7131, 0.69], [0.9444, -0.5964, -0.2157, 0.2438, 0.4928, -0.7684, -0.568, 0.0387], [-0.036, 0.013, 0.0238, -0.896, -0.5243, 0.0151, 0.5375, 0.4201], [0.9556, 0.8539, -0.7205, -0.8464, 0.3593, 0.4011, -0.3663, -0.9868]]]> : tensor<2x4x8xf32>
  %raised_in1 = arith.constant dense<[[[0.4135, 0.2004, 0.0382, 0.6223, -0.3962, 0.0722, -0.3987, -0.843], [0.1544, 0.7291, -0.9271, 0.397, 0.6248, -0.9663, 0.5211, 0.5399], [-0.7348, 0.6356, -0.7506, -0.4375, 0.6545, 0.7986, 0.5958, 0.4169], [0.3515, -0.1294, 0.9809, -0.2809, -0.3355, -0.3421, -0.0825, 0.59]], [[0.0609, -0.8667, -0.8663, 0.6744, -0.785, -0.4181, -0.2723, -0.6639], [0.3329, 0.7712, -0.2934, -0.2302, 0.5253, -0.8929, -0.4615, -0.1381], [-0.5415, 0.6466, 0.6954, -0.6557, -0.72, 0.3781, 0.6061, -0.008], [0.8752, -0.7123, 0.0547, -0.8328, 0.8661, 0.1184, 0.5378, 0.9219]]]> : tensor<2x4x8xf32>
  %raised_in2 = arith.constant dense<[[[-0.6368, 0.112, -0.2911, -0.5518, -0.5203, -0.2416, -0.767, -0.4431], [0.552, 0.758, 0.0808, 0.0499, 0.7175, -0.3155, 0.4676, -0.7971], [0.5525, 0.3126, 0.816, -0.4418, 0.2959, 0.0548, 0.8493, 0.9789], [-0.7676, 0.5294, 0.2913, 0.5684, -0.8262, -0.4497, 0.457, 0.4264]], [[-0.2886, -0.1145, -0.1003, -0.8153, -0.9443, 0.4797, -0.9116, -0.157], [-0.8502, -0.1471, -0.5307, 0.5571, 0.8452, -0.3444, -0.1748, 0.64], [-0.5741, -0.6034, 0.4818, 0.6073, -0.6775, -0.4799, 0.5676, -0.5469], [0.8452, -0.7225, -0.394, -0.6159, -0.9844, -0.7228, 0.0337, -0.653]]]> : tensor<2x4x8xf32>
  %raised_out = call @raised(%raised_in0, %raised_in1, %raised_in2) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %raised_b0 = bufferization.to_buffer %raised_out : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %raised_u0 = memref.cast %raised_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%raised_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// A missing negation: the remark names the channel and the sign expected.

// CHECK-LABEL: func.func @missing_negation
// CHECK-NOT: rope.rotate
// expected-remark @below {{rope-raise: rejected=1}}
func.func @missing_negation(%q: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %rot = tensor.concat dim(2) %x2, %x1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %a = arith.mulf %q, %cos : tensor<2x4x8xf32>
  %b = arith.mulf %rot, %sin : tensor<2x4x8xf32>
  // expected-remark @below {{rope-raise: not raised: channel 0: the partner term has the wrong sign or factor (the first element of a pair needs -x[4]*sin)}}
  %r = arith.addf %a, %b : tensor<2x4x8xf32>
  return %r : tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %missing_negation_in0 = arith.constant dense<[[[0.1537, 0.1265, -0.5236, -0.768, -0.6969, -0.0662, -0.4581, -0.6779], [-0.7835, 0.1904, 0.1997, 0.1376, -0.8302, 0.2308, 0.467, 0.5712], [0.3062, 0.1447, 0.6348, -0.7568, -0.229, 0.0333, -0.3742, -0.8171], [0.6884, -0.9452, 0.2995, 0.9518, -0.892, 0.7491, -0.5618, -0.5232]], [[0.8911, -0.033, -0.8857, 0.2648, -0.3499, -0.7378, 0.9945, 0.6579], [-0.4658, -0.317, 0.0043, 0.2389, 0.6118, 0.0224, -0.8535, 0.139], [-0.9293, 0.3358, 0.4639, -0.1586, 0.9718, 0.0577, 0.6268, 0.6834], [0.3542, 0.4631, -0.4787, 0.851, -0.2464, -0.8445, 0.1059, -0.2474]]]> : tensor<2x4x8xf32>
  %missing_negation_in1 = arith.constant dense<[[[-0.3794, 0.6618, 0.8004, 0.0259, 0.023, -0.529, 0.3422, -0.6654], [0.7734, -0.9051, 0.0672, -0.6573, -0.6818, -0.1566, 0.478, -0.8155], [-0.5224, 0.7192, -0.328, 0.4061, 0.4037, 0.6673, -0.8177, 0.5743], [0.5683, -0.8844, 0.0041, -0.6067, -0.9803, -0.882, 0.9595, -0.5297]], [[-0.6202, 0.4502, 0.1759, -0.6533, 0.3391, -0.4361, 0.8151, 0.826], [-0.9056, 0.2991, 0.1969, 0.6693, 0.109, -0.991, 0.4043, -0.2499], [-0.5039, 0.4116, -0.3155, 0.5915, -0.9725, -0.3156, 0.2071, -0.0696], [-0.653, 0.6901, -0.4499, -0.4859, -0.4194, 0.4744, 0.2238, 0.7891]]]> : tensor<2x4x8xf32>
  %missing_negation_in2 = arith.constant dense<[[[0.2219, 0.2898, 0.9844, -0.8846, 0.3397, 0.4363, -0.1891, -0.6081], [0.869, 0.0447, -0.2513, -0.1487, 0.1583, 0.0746, -0.7704, -0.5981], [-0.7953, -0.821, 0.1796, -0.4967, 0.0639, 0.1714, 0.2345, -0.2853], [-0.7864, -0.0314, -0.395, -0.5839, -0.4519, -0.1509, 0.2238, 0.1832]], [[0.1651, 0.6636, 0.6953, -0.1437, -0.8875, 0.6369, 0.4475, -0.975], [0.4959, 0.9631, -0.2509, -0.9057, -0.5391, 0.8789, 0.3122, -0.6755], [-0.4664, 0.4262, -0.3825, -0.8463, -0.7217, 0.87, -0.4548, 0.9288], [0.0267, -0.0231, 0.8645, -0.1663, -0.9772, 0.0538, 0.6863, -0.8925]]]> : tensor<2x4x8xf32>
  %missing_negation_out = call @missing_negation(%missing_negation_in0, %missing_negation_in1, %missing_negation_in2) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %missing_negation_b0 = bufferization.to_buffer %missing_negation_out : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %missing_negation_u0 = memref.cast %missing_negation_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%missing_negation_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// A wrong split point: channel 0 pairs with 3, so channel 1 should pair
// with 4 under a rotary dim of 6, but pairs with 4 only by accident; the
// first inconsistent channel is reported.

// CHECK-LABEL: func.func @wrong_split
// expected-remark @below {{rope-raise: rejected=1}}
func.func @wrong_split(%q: tensor<2x8xf32>, %cos: tensor<2x8xf32>, %sin: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %x1 = tensor.extract_slice %q[0, 0] [2, 3] [1, 1] : tensor<2x8xf32> to tensor<2x3xf32>
  %x2 = tensor.extract_slice %q[0, 3] [2, 5] [1, 1] : tensor<2x8xf32> to tensor<2x5xf32>
  %n = arith.negf %x2 : tensor<2x5xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<2x5xf32>, tensor<2x3xf32>) -> tensor<2x8xf32>
  %a = arith.mulf %q, %cos : tensor<2x8xf32>
  %b = arith.mulf %rot, %sin : tensor<2x8xf32>
  // expected-remark @below {{rope-raise: not raised: channel 3: rotated with channel 6, but the pair partner for half layout with rotary dim 6 is channel 0}}
  %r = arith.addf %a, %b : tensor<2x8xf32>
  return %r : tensor<2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %wrong_split_in0 = arith.constant dense<[[0.1825, -0.2913, 0.9275, -0.7562, 0.7122, 0.4335, -0.9457, 0.2537], [-0.1355, -0.2709, 0.0392, -0.1001, -0.9113, 0.6721, -0.8388, 0.2209]]> : tensor<2x8xf32>
  %wrong_split_in1 = arith.constant dense<[[-0.4451, -0.2227, 0.7799, -0.5193, -0.0766, -0.9678, -0.5189, -0.7193], [0.3023, 0.4776, -0.8599, -0.7283, 0.0483, -0.3896, 0.0557, -0.5709]]> : tensor<2x8xf32>
  %wrong_split_in2 = arith.constant dense<[[-0.4591, 0.4065, -0.5208, -0.6024, 0.5863, 0.3278, 0.3156, -0.7014], [-0.603, -0.6512, 0.394, 0.533, 0.1918, 0.3181, -0.7257, -0.8792]]> : tensor<2x8xf32>
  %wrong_split_out = call @wrong_split(%wrong_split_in0, %wrong_split_in1, %wrong_split_in2) : (tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %wrong_split_b0 = bufferization.to_buffer %wrong_split_out : tensor<2x8xf32> to memref<2x8xf32>
  %wrong_split_u0 = memref.cast %wrong_split_b0 : memref<2x8xf32> to memref<*xf32>
  call @printMemrefF32(%wrong_split_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// cos and sin of different angles computed where they are used: no table
// can hold them. The transpose of the result is rotation-like as well; the
// site is reported once, at the innermost value.

// CHECK-LABEL: func.func @no_table
// expected-remark @below {{rope-raise: rejected=1}}
func.func @no_table(%x: tensor<4x8xf32>, %p1: tensor<4x8xf32>, %p2: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %x1 = tensor.extract_slice %x[0, 0] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %n = arith.negf %x2 : tensor<4x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  // expected-remark @below {{rope-raise: not raised: no tensor holds the cos values (channel 0 takes cos and sin of different angles)}}
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %rot, %p1, %p2 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %t1: f32, %t2: f32, %o: f32):
    %c = math.cos %t1 : f32
    %s = math.sin %t2 : f32
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %y = arith.addf %ac, %bs : f32
    linalg.yield %y : f32
  } -> tensor<4x8xf32>
  %te = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%r : tensor<4x8xf32>) outs(%te : tensor<8x4xf32>) permutation = [1, 0]
  return %t : tensor<8x4xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %no_table_in0 = arith.constant dense<[[0.369, 0.3613, 0.8132, 0.3103, -0.7679, -0.4932, 0.6337, 0.8938], [0.1495, -0.6876, 0.7251, -0.8293, -0.8325, 0.3095, 0.884, -0.6663], [-0.1502, 0.2335, -0.6785, 0.5371, 0.1367, 0.4886, -0.7798, 0.772], [-0.6304, -0.7771, 0.1971, -0.0325, 0.2486, -0.1462, 0.4865, -0.6768]]> : tensor<4x8xf32>
  %no_table_in1 = arith.constant dense<[[0.1915, -0.3942, -0.4761, -0.8847, -0.555, 0.5201, -0.3813, -0.7365], [0.9093, 0.1376, 0.2183, -0.5105, 0.9306, 0.5708, -0.5197, 0.6177], [0.3824, -0.1688, 0.7852, 0.7223, 0.1252, -0.8594, 0.5306, -0.3264], [-0.3508, -0.236, 0.3688, -0.1885, -0.3144, 0.0197, -0.7086, -0.9307]]> : tensor<4x8xf32>
  %no_table_in2 = arith.constant dense<[[-0.5018, -0.4269, -0.4561, 0.957, -0.4104, 0.5759, 0.1164, -0.7098], [0.3311, -0.4634, 0.661, -0.741, -0.3357, -0.8664, 0.6859, -0.0238], [0.06, 0.2933, 0.3319, -0.3754, 0.1949, 0.2158, 0.8968, 0.3469], [0.4635, 0.0033, -0.0102, -0.5782, 0.8368, -0.611, -0.2152, -0.6563]]> : tensor<4x8xf32>
  %no_table_out = call @no_table(%no_table_in0, %no_table_in1, %no_table_in2) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8x4xf32>
  %no_table_b0 = bufferization.to_buffer %no_table_out : tensor<8x4xf32> to memref<8x4xf32>
  %no_table_u0 = memref.cast %no_table_b0 : memref<8x4xf32> to memref<*xf32>
  call @printMemrefF32(%no_table_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Values that are no rotation at all (a residual add, a product) are not
// candidates and get no remark; the function gets no summary.

// CHECK-LABEL: func.func @not_rope
func.func @not_rope(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %a = arith.mulf %x, %y : tensor<4x8xf32>
  %r = arith.addf %a, %x : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %not_rope_in0 = arith.constant dense<[[0.7804, 0.2439, 0.8507, -0.3411, -0.1919, -0.8389, 0.6531, -0.1565], [0.4346, 0.7353, 0.6801, 0.2879, 0.2316, 0.2346, 0.4395, 0.4285], [0.2399, 0.7326, -0.5799, 0.4387, -0.6018, 0.6003, -0.3824, 0.3498], [0.541, -0.9178, -0.7221, 0.3691, -0.3562, 0.5912, 0.4878, 0.0035]]> : tensor<4x8xf32>
  %not_rope_in1 = arith.constant dense<[[-0.4888, -0.3472, -0.7665, -0.6346, 0.9964, -0.869, -0.0851, -0.4896], [-0.4353, -0.7215, -0.4766, -0.1913, -0.2756, -0.5936, 0.7949, 0.3476], [0.5073, 0.7184, -0.7517, 0.4545, 0.5611, 0.2512, -0.8787, -0.5159], [-0.249, 0.4138, -0.3254, -0.8396, 0.0096, -0.1833, 0.8437, 0.5477]]> : tensor<4x8xf32>
  %not_rope_out = call @not_rope(%not_rope_in0, %not_rope_in1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %not_rope_b0 = bufferization.to_buffer %not_rope_out : tensor<4x8xf32> to memref<4x8xf32>
  %not_rope_u0 = memref.cast %not_rope_b0 : memref<4x8xf32> to memref<*xf32>
  call @printMemrefF32(%not_rope_u0) : (memref<*xf32>) -> ()
  return
}

