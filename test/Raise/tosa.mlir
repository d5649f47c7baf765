// RUN: rope-opt %s --split-input-file --tosa-to-linalg-pipeline --tosa-to-tensor --tosa-to-arith --rope-raise | FileCheck %s

// TOSA input lowered by the upstream tosa-to-linalg/tensor/arith passes:
// tosa.slice becomes extract_slice, tosa.negate and tosa.mul/add generics,
// tosa.concat a tensor.empty + insert_slice pair.

// DIFF-PRE: --tosa-to-linalg-pipeline --tosa-to-tensor --tosa-to-arith
// CHECK-LABEL: func.func @tosa_rope
// CHECK-SAME: (%[[X:.+]]: tensor<1x4x8xf32>, %[[COS:.+]]: tensor<1x4x8xf32>, %[[SIN:.+]]: tensor<1x4x8xf32>)
// CHECK: rope.rotate half %[[X]] : tensor<1x4x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<1x4x8xf32>, tensor<1x4x8xf32>) {rotary_dim = 8 : i64
// CHECK-NOT: tensor.insert_slice
func.func @tosa_rope(%x: tensor<1x4x8xf32>, %cos: tensor<1x4x8xf32>, %sin: tensor<1x4x8xf32>) -> tensor<1x4x8xf32> {
  %s0 = tosa.const_shape {values = dense<[0, 0, 0]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s4 = tosa.const_shape {values = dense<[0, 0, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sz = tosa.const_shape {values = dense<[1, 4, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x1 = tosa.slice %x, %s0, %sz : (tensor<1x4x8xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<1x4x4xf32>
  %x2 = tosa.slice %x, %s4, %sz : (tensor<1x4x8xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<1x4x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %n = tosa.negate %x2, %zp, %zp : (tensor<1x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4xf32>
  %rot = tosa.concat %n, %x1 {axis = 2 : i32} : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x8xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %a = tosa.mul %x, %cos, %shift : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1xi8>) -> tensor<1x4x8xf32>
  %b = tosa.mul %rot, %sin, %shift : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1xi8>) -> tensor<1x4x8xf32>
  %r = tosa.add %a, %b : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return %r : tensor<1x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %tosa_rope_in0 = arith.constant dense<[[[0.6339, -0.4202, 0.5084, 0.0425, -0.6412, -0.2701, 0.6169, 0.6789], [0.6858, 0.3597, 0.5335, -0.8754, -0.9716, 0.2375, -0.9316, 0.771], [0.1174, -0.4367, -0.2339, -0.2012, 0.8876, 0.4223, 0.6826, 0.5132], [0.545, 0.7905, -0.5151, 0.9928, -0.9792, 0.3631, 0.6018, 0.0445]]]> : tensor<1x4x8xf32>
  %tosa_rope_in1 = arith.constant dense<[[[0.8081, 0.805, -0.1778, -0.8396, 0.4142, -0.786, 0.8474, 0.5982], [0.1646, -0.9687, 0.5922, -0.0284, 0.3797, -0.8133, -0.4881, 0.2103], [-0.316, 0.9504, -0.6347, -0.681, 0.2407, -0.068, 0.1427, -0.7683], [0.4822, 0.8016, 0.3526, 0.652, 0.7176, 0.4781, -0.4824, 0.4402]]]> : tensor<1x4x8xf32>
  %tosa_rope_in2 = arith.constant dense<[[[0.9493, 0.6634, 0.3077, 0.8196, 0.3195, 0.1354, -0.2743, -0.6733], [-0.8006, 0.3203, -0.1921, 0.7104, 0.0146, 0.5084, 0.9909, -0.5255], [-0.5775, 0.0076, 0.1833, -0.4034, 0.5186, 0.3125, -0.3988, 0.6651], [-0.5966, -0.8963, 0.09, 0.2087, -0.1101, -0.2887, 0.9817, -0.508]]]> : tensor<1x4x8xf32>
  %tosa_rope_out = call @tosa_rope(%tosa_rope_in0, %tosa_rope_in1, %tosa_rope_in2) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %tosa_rope_b0 = bufferization.to_buffer %tosa_rope_out : tensor<1x4x8xf32> to memref<1x4x8xf32>
  %tosa_rope_u0 = memref.cast %tosa_rope_b0 : memref<1x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%tosa_rope_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// tosa.cos/tosa.sin of a given angle table duplicated by tosa.concat,
// broadcast by tosa.reshape to [1, S, D] and the implicit broadcast of
// tosa.mul: an angle table per pair.

// DIFF-PRE: --tosa-to-linalg-pipeline --tosa-to-tensor --tosa-to-arith
// CHECK-LABEL: func.func @tosa_angles
// CHECK-SAME: (%[[X:.+]]: tensor<2x4x8xf32>, %[[ANG:.+]]: tensor<4x4xf32>)
// CHECK: rope.rotate half %[[X]] : tensor<2x4x8xf32> angles(%[[ANG]] : tensor<4x4xf32>) {rotary_dim = 8 : i64
func.func @tosa_angles(%x: tensor<2x4x8xf32>, %ang: tensor<4x4xf32>) -> tensor<2x4x8xf32> {
  %emb = tosa.concat %ang, %ang {axis = 1 : i32} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  %c = tosa.cos %emb : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %s = tosa.sin %emb : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %shape = tosa.const_shape {values = dense<[1, 4, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %c3 = tosa.reshape %c, %shape : (tensor<4x8xf32>, !tosa.shape<3>) -> tensor<1x4x8xf32>
  %s3 = tosa.reshape %s, %shape : (tensor<4x8xf32>, !tosa.shape<3>) -> tensor<1x4x8xf32>
  %s0 = tosa.const_shape {values = dense<[0, 0, 0]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s4 = tosa.const_shape {values = dense<[0, 0, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sz = tosa.const_shape {values = dense<[2, 4, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x1 = tosa.slice %x, %s0, %sz : (tensor<2x4x8xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x4x4xf32>
  %x2 = tosa.slice %x, %s4, %sz : (tensor<2x4x8xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x4x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %n = tosa.negate %x2, %zp, %zp : (tensor<2x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x4xf32>
  %rot = tosa.concat %n, %x1 {axis = 2 : i32} : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %a = tosa.mul %x, %c3, %shift : (tensor<2x4x8xf32>, tensor<1x4x8xf32>, tensor<1xi8>) -> tensor<2x4x8xf32>
  %b = tosa.mul %rot, %s3, %shift : (tensor<2x4x8xf32>, tensor<1x4x8xf32>, tensor<1xi8>) -> tensor<2x4x8xf32>
  %r = tosa.add %a, %b : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %r : tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %tosa_angles_in0 = arith.constant dense<[[[0.7588, 0.646, -0.7327, -0.1592, -0.3698, 0.0427, 0.1298, -0.0713], [0.26, 0.6998, 0.8256, 0.4619, -0.0854, -0.3906, -0.4213, 0.2179], [-0.4066, -0.488, 0.4758, 0.5237, -0.0893, -0.6548, -0.5716, 0.9912], [-0.0392, -0.7357, 0.0702, 0.8585, -0.4956, -0.4141, -0.9593, -0.2871]], [[-0.8536, 0.6805, 0.0985, 0.9834, -0.7323, 0.187, 0.1443, 0.9323], [0.3257, 0.9728, -0.3155, 0.3078, -0.8963, -0.0375, -0.6526, -0.3469], [-0.308, -0.2765, 0.2373, 0.6883, 0.5095, -0.2721, -0.5483, 0.8725], [-0.4619, -0.1506, -0.3057, -0.917, -0.6896, 0.7797, 0.0549, 0.0767]]]> : tensor<2x4x8xf32>
  %tosa_angles_in1 = arith.constant dense<[[-0.2221, 0.765, 0.2094, 0.9325], [-0.0229, 0.1601, 0.37, -0.0984], [0.3895, -0.5569, -0.8218, 0.539], [0.637, -0.6906, -0.6773, 0.902]]> : tensor<4x4xf32>
  %tosa_angles_out = call @tosa_angles(%tosa_angles_in0, %tosa_angles_in1) : (tensor<2x4x8xf32>, tensor<4x4xf32>) -> tensor<2x4x8xf32>
  %tosa_angles_b0 = bufferization.to_buffer %tosa_angles_out : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %tosa_angles_u0 = memref.cast %tosa_angles_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%tosa_angles_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: tosa.concat(x2, x1) without tosa.negate.

// DIFF-PRE: --tosa-to-linalg-pipeline --tosa-to-tensor --tosa-to-arith
// CHECK-LABEL: func.func @tosa_no_negate
// CHECK-NOT: rope.rotate
// CHECK: return
func.func @tosa_no_negate(%x: tensor<1x4x8xf32>, %cos: tensor<1x4x8xf32>, %sin: tensor<1x4x8xf32>) -> tensor<1x4x8xf32> {
  %s0 = tosa.const_shape {values = dense<[0, 0, 0]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s4 = tosa.const_shape {values = dense<[0, 0, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sz = tosa.const_shape {values = dense<[1, 4, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %x1 = tosa.slice %x, %s0, %sz : (tensor<1x4x8xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<1x4x4xf32>
  %x2 = tosa.slice %x, %s4, %sz : (tensor<1x4x8xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<1x4x4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %n = tosa.negate %x2, %zp, %zp : (tensor<1x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4xf32>
  %rot = tosa.concat %x2, %x1 {axis = 2 : i32} : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x8xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %a = tosa.mul %x, %cos, %shift : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1xi8>) -> tensor<1x4x8xf32>
  %b = tosa.mul %rot, %sin, %shift : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1xi8>) -> tensor<1x4x8xf32>
  %r = tosa.add %a, %b : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return %r : tensor<1x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %tosa_no_negate_in0 = arith.constant dense<[[[-0.6391, -0.0476, -0.8928, 0.7438, -0.766, -0.9529, -0.2847, 0.8869], [-0.5318, 0.621, -0.4783, 0.3936, -0.7542, -0.9229, -0.5257, 0.8137], [-0.0734, 0.4728, -0.9382, 0.3077, 0.4728, 0.3952, -0.5151, -0.506], [0.4573, -0.7134, -0.1636, 0.0715, 0.4299, 0.0989, 0.7897, 0.2864]]]> : tensor<1x4x8xf32>
  %tosa_no_negate_in1 = arith.constant dense<[[[0.4675, 0.0869, -0.7204, 0.4756, 0.7161, -0.1238, 0.0085, -0.735], [-0.8076, 0.8358, -0.0206, -0.1092, 0.9788, -0.1931, 0.6405, 0.4164], [-0.4589, 0.0835, -0.1424, 0.596, -0.3228, 0.1362, 0.8691, -0.7517], [0.8134, -0.4115, 0.6095, -0.8388, 0.5157, -0.5986, -0.5424, -0.6047]]]> : tensor<1x4x8xf32>
  %tosa_no_negate_in2 = arith.constant dense<[[[-0.3016, 0.9437, -0.501, 0.4334, 0.8208, 0.9252, 0.0417, -0.7929], [0.6588, -0.7926, -0.2677, 0.668, -0.8516, 0.7516, -0.4027, -0.2593], [0.6659, 0.0592, 0.2572, 0.6557, 0.712, 0.744, -0.6299, -0.7065], [-0.6426, -0.8424, 0.7615, -0.9956, 0.696, 0.6146, -0.19, 0.2982]]]> : tensor<1x4x8xf32>
  %tosa_no_negate_out = call @tosa_no_negate(%tosa_no_negate_in0, %tosa_no_negate_in1, %tosa_no_negate_in2) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %tosa_no_negate_b0 = bufferization.to_buffer %tosa_no_negate_out : tensor<1x4x8xf32> to memref<1x4x8xf32>
  %tosa_no_negate_u0 = memref.cast %tosa_no_negate_b0 : memref<1x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%tosa_no_negate_u0) : (memref<*xf32>) -> ()
  return
}

