// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// Hugging Face apply_rotary_pos_emb with given cos/sin [B, S, D] as torch-mlir
// emits it: unsqueeze(1) as expand_shape, the broadcast over heads as a
// constant-0 indexing map, rotate_half as extract_slice + negf + concat.
// cos/sin are used element by element (nothing proves their halves equal).

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bc = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (0, d2)>
// CHECK-LABEL: func.func @concat
// CHECK-SAME: (%[[Q:.+]]: tensor<1x2x4x8xf32>, %[[COS:.+]]: tensor<1x4x8xf32>, %[[SIN:.+]]: tensor<1x4x8xf32>)
// CHECK: %[[R:.+]] = rope.rotate half %[[Q]] : tensor<1x2x4x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<1x4x8xf32>, tensor<1x4x8xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: tensor.concat
// CHECK: return %[[R]]
func.func @concat(%q: tensor<1x2x4x8xf32>, %cos: tensor<1x4x8xf32>, %sin: tensor<1x4x8xf32>) -> tensor<1x2x4x8xf32> {
  %c = tensor.expand_shape %cos [[0, 1], [2], [3]] output_shape [1, 1, 4, 8] : tensor<1x4x8xf32> into tensor<1x1x4x8xf32>
  %s = tensor.expand_shape %sin [[0, 1], [2], [3]] output_shape [1, 1, 4, 8] : tensor<1x4x8xf32> into tensor<1x1x4x8xf32>
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  %qc = linalg.generic {indexing_maps = [#id, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q, %c : tensor<1x2x4x8xf32>, tensor<1x1x4x8xf32>) outs(%e : tensor<1x2x4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x2x4x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0, 0] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x8xf32> to tensor<1x2x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 0, 4] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x8xf32> to tensor<1x2x4x4xf32>
  %e2 = tensor.empty() : tensor<1x2x4x4xf32>
  %n = linalg.negf ins(%x2 : tensor<1x2x4x4xf32>) outs(%e2 : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %rot = tensor.concat dim(3) %n, %x1 : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x8xf32>
  %rs = linalg.generic {indexing_maps = [#id, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rot, %s : tensor<1x2x4x8xf32>, tensor<1x1x4x8xf32>) outs(%e : tensor<1x2x4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x2x4x8xf32>
  %r = linalg.add ins(%qc, %rs : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) outs(%e : tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32>
  return %r : tensor<1x2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %concat_in0 = arith.constant dense<[[[[-0.8025, -0.6843, -0.6393, 0.0231, 0.87, 0.3532, -0.5864, -0.1493], [-0.7011, 0.202, -0.1151, 0.145, -0.4855, 0.0689, 0.9452, 0.1788], [0.7089, 0.5585, 0.7165, 0.3132, -0.3928, -0.8948, 0.2471, 0.9678], [-0.6474, -0.6851, -0.451, 0.8091, -0.648, -0.9196, 0.7468, 0.1334]], [[0.554, -0.2534, -0.3798, -0.0529, -0.3589, 0.0697, -0.1392, -0.8888], [0.6883, 0.4306, -0.9243, 0.3486, 0.1891, 0.3539, -0.8554, -0.0126], [0.988, 0.6042, -0.2616, -0.6, -0.9309, -0.5655, 0.6852, 0.9005], [-0.5048, -0.3905, -0.5042, 0.8435, -0.8485, 0.2736, 0.8994, -0.582]]]]> : tensor<1x2x4x8xf32>
  %concat_in1 = arith.constant dense<[[[0.9566, 0.7011, -0.3866, 0.5328, -0.3127, -0.4283, -0.2804, -0.9806], [0.5612, 0.3913, -0.6305, -0.6417, -0.7684, 0.4929, 0.0914, 0.0195], [-0.8641, -0.3552, -0.7942, 0.2999, 0.6741, 0.1263, -0.0176, -0.6133], [0.1562, -0.9168, 0.5844, 0.1132, -0.7301, 0.6835, -0.8081, 0.6058]]]> : tensor<1x4x8xf32>
  %concat_in2 = arith.constant dense<[[[-0.6736, 0.2199, 0.6261, -0.8993, -0.0271, 0.0513, 0.7134, -0.6345], [-0.0976, 0.8675, -0.4722, 0.4776, 0.585, 0.5679, -0.2524, -0.2634], [0.2518, 0.5099, 0.6036, 0.4664, -0.6703, -0.5292, 0.7581, 0.8155], [0.5239, -0.6297, 0.595, -0.9806, 0.5508, 0.4781, -0.5943, 0.3561]]]> : tensor<1x4x8xf32>
  %concat_out = call @concat(%concat_in0, %concat_in1, %concat_in2) : (tensor<1x2x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x2x4x8xf32>
  %concat_b0 = bufferization.to_buffer %concat_out : tensor<1x2x4x8xf32> to memref<1x2x4x8xf32>
  %concat_u0 = memref.cast %concat_b0 : memref<1x2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%concat_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// rotate_half written as tensor.empty + two insert_slice (older torch-mlir
// lowering of aten.cat), cos/sin [S, D] broadcast with linalg.broadcast, and
// the sum with arith.subf of a negated product: x*cos - (x2*sin) on the first
// half is the same rotation.

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @insert_slice
// CHECK-SAME: (%[[Q:.+]]: tensor<2x3x4x8xf32>, %[[COS:.+]]: tensor<4x8xf32>, %[[SIN:.+]]: tensor<4x8xf32>)
// CHECK: rope.rotate half %[[Q]] : tensor<2x3x4x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<4x8xf32>, tensor<4x8xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: tensor.insert_slice
func.func @insert_slice(%q: tensor<2x3x4x8xf32>, %cos: tensor<4x8xf32>, %sin: tensor<4x8xf32>) -> tensor<2x3x4x8xf32> {
  %e = tensor.empty() : tensor<2x3x4x8xf32>
  %cb = linalg.broadcast ins(%cos : tensor<4x8xf32>) outs(%e : tensor<2x3x4x8xf32>) dimensions = [0, 1]
  %sb = linalg.broadcast ins(%sin : tensor<4x8xf32>) outs(%e : tensor<2x3x4x8xf32>) dimensions = [0, 1]
  %x1 = tensor.extract_slice %q[0, 0, 0, 0] [2, 3, 4, 4] [1, 1, 1, 1] : tensor<2x3x4x8xf32> to tensor<2x3x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 0, 4] [2, 3, 4, 4] [1, 1, 1, 1] : tensor<2x3x4x8xf32> to tensor<2x3x4x4xf32>
  %i1 = tensor.insert_slice %x2 into %e[0, 0, 0, 0] [2, 3, 4, 4] [1, 1, 1, 1] : tensor<2x3x4x4xf32> into tensor<2x3x4x8xf32>
  %e2 = tensor.empty() : tensor<2x3x4x4xf32>
  %n1 = linalg.negf ins(%x1 : tensor<2x3x4x4xf32>) outs(%e2 : tensor<2x3x4x4xf32>) -> tensor<2x3x4x4xf32>
  %rot = tensor.insert_slice %n1 into %i1[0, 0, 0, 4] [2, 3, 4, 4] [1, 1, 1, 1] : tensor<2x3x4x4xf32> into tensor<2x3x4x8xf32>
  %qc = linalg.mul ins(%q, %cb : tensor<2x3x4x8xf32>, tensor<2x3x4x8xf32>) outs(%e : tensor<2x3x4x8xf32>) -> tensor<2x3x4x8xf32>
  %rs = linalg.mul ins(%rot, %sb : tensor<2x3x4x8xf32>, tensor<2x3x4x8xf32>) outs(%e : tensor<2x3x4x8xf32>) -> tensor<2x3x4x8xf32>
  // rot holds (x2, -x1), i.e. -rotate_half(x): subtracting its product is x*cos + rotate_half(x)*sin.
  %r = linalg.sub ins(%qc, %rs : tensor<2x3x4x8xf32>, tensor<2x3x4x8xf32>) outs(%e : tensor<2x3x4x8xf32>) -> tensor<2x3x4x8xf32>
  return %r : tensor<2x3x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %insert_slice_in0 = arith.constant dense<[[[[0.3997, -0.2188, 0.4617, -0.3817, 0.3606, -0.4731, 0.2122, 0.8662], [0.3456, 0.8094, -0.6458, 0.5972, 0.2375, 0.2333, -0.5302, 0.4189], [0.4673, 0.3069, -0.4392, -0.3224, 0.9684, -0.9076, -0.5457, -0.3441], [-0.8758, -0.0869, -0.952, -0.7779, 0.2223, -0.603, 0.0191, 0.0874]], [[0.312, 0.8894, 0.0285, 0.8609, -0.137, -0.8029, 0.3043, 0.8303], [-0.719, 0.5922, 0.8674, -0.3034, -0.9591, -0.7729, 0.5712, 0.3195], [0.5172, -0.5385, 0.5175, -0.2562, -0.5886, 0.3822, 0.0353, -0.6886], [0.258, -0.9525, -0.1843, 0.674, -0.547, 0.9564, -0.2249, 0.3335]], [[-0.7309, 0.7308, -0.6808, 0.0711, 0.7622, -0.7704, 0.9636, -0.4079], [-0.2337, -0.1054, -0.6034, 0.2005, -0.1126, 0.6026, -0.3912, 0.666], [0.5306, 0.2826, -0.8637, -0.592, -0.4181, -0.6051, 0.1009, 0.3278], [0.2044, -0.8694, 0.4192, -0.3107, 0.942, -0.8077, -0.3159, -0.1104]]], [[[-0.4166, -0.4409, -0.375, -0.3329, -0.5004, 0.9283, -0.809, 0.9691], [0.3776, -0.7384, -0.1742, 0.7482, 0.8653, -0.5259, -0.0636, 0.3648], [0.6538, -0.3593, -0.534, -0.1692, 0.0992, -0.3033, -0.2906, 0.9973], [-0.765, 0.2844, -0.0678, 0.7217, -0.9011, 0.6055, 0.554, -0.2632]], [[-0.3364, -0.065, -0.2021, 0.2374, 0.1135, -0.949, -0.2324, 0.6894], [0.5753, 0.2756, -0.5418, -0.019, -0.8495, -0.5105, 0.9402, -0.5184], [-0.6008, -0.1252, 0.3383, -0.0925, -0.8372, -0.0744, -0.9721, -0.1081], [0.9292, 0.1876, 0.2001, -0.9879, 0.0118, -0.827, 0.7889, -0.0309]], [[0.2639, 0.6633, 0.6758, 0.1588, 0.5883, -0.7749, -0.2802, 0.7624], [0.1223, 0.0083, -0.9485, -0.6237, -0.8644, -0.555, -0.7278, -0.0784], [0.6418, -0.538, -0.1521, 0.3857, -0.6248, 0.7509, -0.4796, -0.4196], [-0.7578, 0.7904, -0.5324, -0.297, 0.6365, 0.7376, -0.1728, 0.3865]]]]> : tensor<2x3x4x8xf32>
  %insert_slice_in1 = arith.constant dense<[[-0.6669, 0.7528, 0.9037, -0.953, 0.429, -0.2565, -0.4356, 0.2903], [-0.1905, 0.7923, 0.5748, -0.4325, 0.9869, -0.9288, -0.8571, -0.9805], [-0.795, 0.0494, 0.0836, 0.9624, -0.4599, -0.038, -0.6938, -0.9864], [0.5261, 0.9995, 0.3875, 0.1396, 0.2541, -0.3926, -0.8707, 0.4787]]> : tensor<4x8xf32>
  %insert_slice_in2 = arith.constant dense<[[-0.8688, -0.747, 0.1618, 0.2458, -0.6689, -0.9868, 0.1927, -0.2954], [0.6, -0.4078, -0.8666, -0.5966, 0.1183, 0.6995, 0.8434, -0.8807], [0.3578, 0.9923, 0.0071, 0.241, 0.545, -0.3802, 0.6074, -0.9985], [0.9833, -0.7639, 0.3847, 0.1289, 0.1354, 0.077, -0.7524, 0.7861]]> : tensor<4x8xf32>
  %insert_slice_out = call @insert_slice(%insert_slice_in0, %insert_slice_in1, %insert_slice_in2) : (tensor<2x3x4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<2x3x4x8xf32>
  %insert_slice_b0 = bufferization.to_buffer %insert_slice_out : tensor<2x3x4x8xf32> to memref<2x3x4x8xf32>
  %insert_slice_u0 = memref.cast %insert_slice_b0 : memref<2x3x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%insert_slice_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: the halves are split at 3 instead of 4 (x[..., :3], x[..., 3:]).
// Channel 0 pairs with channel 5, which is no pairing of 8 channels.

#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @wrong_split
// CHECK-NOT: rope.rotate
// CHECK: return
func.func @wrong_split(%q: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %e = tensor.empty() : tensor<2x4x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 3] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x3xf32>
  %x2 = tensor.extract_slice %q[0, 0, 3] [2, 4, 5] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x5xf32>
  %e5 = tensor.empty() : tensor<2x4x5xf32>
  %n = linalg.negf ins(%x2 : tensor<2x4x5xf32>) outs(%e5 : tensor<2x4x5xf32>) -> tensor<2x4x5xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x4x5xf32>, tensor<2x4x3xf32>) -> tensor<2x4x8xf32>
  %qc = linalg.mul ins(%q, %cos : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %rs = linalg.mul ins(%rot, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %r = linalg.add ins(%qc, %rs : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %r : tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %wrong_split_in0 = arith.constant dense<[[[0.1825, -0.2913, 0.9275, -0.7562, 0.7122, 0.4335, -0.9457, 0.2537], [-0.1355, -0.2709, 0.0392, -0.1001, -0.9113, 0.6721, -0.8388, 0.2209], [-0.6334, 0.0553, -0.9278, 0.2045, -0.273, 0.9251, -0.7049, 0.5354], [-0.739, 0.914, -0.2895, 0.2978, 0.5684, 0.207, 0.7334, 0.2636]], [[-0.1867, 0.9686, 0.4317, -0.5062, 0.4137, -0.0121, -0.8291, -0.9412], [-0.4233, 0.1223, 0.1953, 0.4535, -0.4484, 0.1735, -0.753, 0.316], [-0.6782, 0.6183, 0.65, 0.6081, 0.4272, -0.413, 0.6396, -0.8659], [-0.2584, -0.2903, 0.7429, -0.7591, 0.4658, 0.6917, -0.7133, -0.3015]]]> : tensor<2x4x8xf32>
  %wrong_split_in1 = arith.constant dense<[[[-0.4451, -0.2227, 0.7799, -0.5193, -0.0766, -0.9678, -0.5189, -0.7193], [0.3023, 0.4776, -0.8599, -0.7283, 0.0483, -0.3896, 0.0557, -0.5709], [0.0752, 0.1941, -0.4296, -0.7518, 0.0033, -0.1731, 0.0316, -0.526], [0.8621, -0.8064, -0.6706, 0.6089, 0.2549, -0.5338, 0.6394, 0.2868]], [[0.9519, -0.5923, 0.6708, 0.2203, 0.169, -0.9485, -0.1346, -0.3273], [0.3363, -0.9165, -0.7205, 0.2543, 0.2462, 0.2857, 0.4921, -0.7328], [0.5373, 0.1556, 0.3094, 0.6713, -0.9201, 0.6023, 0.6964, -0.3485], [-0.445, -0.9541, -0.0959, 0.327, 0.6622, 0.206, -0.0984, 0.8776]]]> : tensor<2x4x8xf32>
  %wrong_split_in2 = arith.constant dense<[[[-0.4591, 0.4065, -0.5208, -0.6024, 0.5863, 0.3278, 0.3156, -0.7014], [-0.603, -0.6512, 0.394, 0.533, 0.1918, 0.3181, -0.7257, -0.8792], [0.3862, -0.401, 0.2933, 0.7142, 0.8806, 0.4013, -0.2377, 0.0715], [-0.4665, -0.1137, -0.9854, 0.2723, 0.1407, -0.425, -0.2885, 0.7954]], [[0.8469, 0.7862, -0.9875, 0.8123, -0.7952, -0.4939, 0.1106, 0.4103], [0.0838, 0.8789, 0.4945, 0.5897, 0.6572, -0.1022, -0.6309, 0.1836], [-0.1717, -0.1429, -0.5687, -0.9541, 0.0062, -0.2067, 0.7904, -0.5906], [-0.0922, 0.6159, -0.3417, 0.7043, 0.1026, 0.5791, -0.4625, 0.6135]]]> : tensor<2x4x8xf32>
  %wrong_split_out = call @wrong_split(%wrong_split_in0, %wrong_split_in1, %wrong_split_in2) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %wrong_split_b0 = bufferization.to_buffer %wrong_split_out : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %wrong_split_u0 = memref.cast %wrong_split_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%wrong_split_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: rotate_half without the negation, cat(x2, x1). Both halves then
// add the partner term, which no rotation does.

// CHECK-LABEL: func.func @missing_negation
// CHECK-NOT: rope.rotate
// CHECK: return
func.func @missing_negation(%q: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %e = tensor.empty() : tensor<2x4x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %rot = tensor.concat dim(2) %x2, %x1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %qc = linalg.mul ins(%q, %cos : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %rs = linalg.mul ins(%rot, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %r = linalg.add ins(%qc, %rs : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
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
// Near miss: the concat order swapped, cat(x1, -x2): channel j then reads
// x[j] twice and its partner never.

// CHECK-LABEL: func.func @swapped_concat
// CHECK-NOT: rope.rotate
// CHECK: return
func.func @swapped_concat(%q: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %e = tensor.empty() : tensor<2x4x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %e4 = tensor.empty() : tensor<2x4x4xf32>
  %n = linalg.negf ins(%x2 : tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %rot = tensor.concat dim(2) %x1, %n : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %qc = linalg.mul ins(%q, %cos : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %rs = linalg.mul ins(%rot, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %r = linalg.add ins(%qc, %rs : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %r : tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %swapped_concat_in0 = arith.constant dense<[[[0.8528, 0.1359, 0.4802, -0.2308, -0.6901, -0.1192, 0.5508, 0.047], [-0.2652, 0.1153, -0.7334, -0.949, 0.6207, 0.4038, -0.7727, 0.0076], [0.5498, 0.4324, -0.4395, -0.0167, 0.6628, 0.6068, 0.3235, -0.3332], [0.2233, -0.5236, -0.962, -0.4596, 0.2643, -0.3432, 0.1952, 0.9632]], [[-0.6982, -0.0131, 0.2309, -0.0122, 0.6866, -0.849, 0.1341, -0.5911], [-0.989, -0.9513, 0.4411, 0.2137, 0.0861, -0.6966, 0.5971, -0.5437], [-0.8859, 0.6267, -0.7924, -0.4647, 0.5894, 0.0684, 0.155, 0.8338], [-0.1684, 0.2588, -0.6874, -0.5559, -0.9616, -0.7893, -0.5533, -0.2226]]]> : tensor<2x4x8xf32>
  %swapped_concat_in1 = arith.constant dense<[[[-0.5566, 0.8715, 0.9267, -0.6298, 0.4296, 0.3278, -0.1709, 0.4193], [-0.2133, -0.9052, 0.6527, -0.3268, -0.6203, 0.7819, 0.7843, -0.3802], [0.3999, -0.6096, -0.4638, -0.6083, -0.9753, -0.8835, -0.5535, 0.4701], [0.7338, -0.4392, -0.4807, -0.7333, 0.1678, -0.2035, -0.7572, 0.289]], [[-0.2336, -0.6944, -0.3889, 0.6917, 0.6452, -0.0324, -0.6842, 0.9748], [-0.319, 0.6815, -0.9493, 0.5649, -0.4402, 0.7426, 0.497, -0.8034], [0.7527, -0.8508, 0.6085, -0.0, -0.9414, 0.4705, -0.6033, -0.0808], [-0.6941, 0.5025, 0.6674, -0.4816, 0.0406, -0.378, 0.928, -0.3019]]]> : tensor<2x4x8xf32>
  %swapped_concat_in2 = arith.constant dense<[[[-0.9543, 0.2372, 0.1718, -0.0521, 0.8578, -0.0265, 0.0115, 0.6085], [-0.8334, 0.5757, 0.0877, -0.0161, -0.2317, 0.7455, 0.352, 0.6823], [0.7776, -0.8055, 0.5713, -0.4767, -0.8024, 0.9626, -0.2046, 0.0767], [-0.0302, -0.5563, 0.1551, -0.504, 0.719, -0.0642, -0.322, 0.4856]], [[-0.4831, 0.3613, -0.1519, -0.6599, -0.5461, -0.3479, 0.0408, 0.9272], [0.1554, -0.9428, -0.7147, 0.8281, -0.9882, 0.2002, 0.2694, 0.7207], [0.8531, 0.9489, 0.3951, -0.113, -0.7009, -0.3329, -0.0233, -0.3686], [-0.8892, 0.6568, 0.6027, 0.6842, -0.3216, -0.9812, 0.3384, -0.8218]]]> : tensor<2x4x8xf32>
  %swapped_concat_out = call @swapped_concat(%swapped_concat_in0, %swapped_concat_in1, %swapped_concat_in2) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %swapped_concat_b0 = bufferization.to_buffer %swapped_concat_out : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %swapped_concat_u0 = memref.cast %swapped_concat_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%swapped_concat_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// cos and sin swapped (x*sin + rotate_half(x)*cos) is still a rotation of
// the op's form, with the given tensors in the other roles: raised only
// with the tables swapped, so the result is identical.

// CHECK-LABEL: func.func @swapped_tables
// CHECK-SAME: (%[[Q:.+]]: tensor<2x4x8xf32>, %[[COS:.+]]: tensor<2x4x8xf32>, %[[SIN:.+]]: tensor<2x4x8xf32>)
// CHECK: rope.rotate half %[[Q]] : tensor<2x4x8xf32> cos_sin(%[[SIN]], %[[COS]] :
func.func @swapped_tables(%q: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %e = tensor.empty() : tensor<2x4x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %e4 = tensor.empty() : tensor<2x4x4xf32>
  %n = linalg.negf ins(%x2 : tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %qc = linalg.mul ins(%q, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %rs = linalg.mul ins(%rot, %cos : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %r = linalg.add ins(%qc, %rs : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %r : tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %swapped_tables_in0 = arith.constant dense<[[[-0.4385, 0.7866, 0.6957, -0.4443, 0.4273, -0.4049, 0.8394, -0.1355], [0.3822, -0.378, -0.3696, 0.8508, 0.5284, -0.906, -0.7797, 0.7637], [0.6781, -0.1934, 0.9896, -0.1142, 0.0036, 0.0566, -0.16, -0.1755], [0.9866, 0.0035, -0.7452, -0.3182, 0.3473, -0.0916, 0.8432, -0.374]], [[0.9672, 0.3969, -0.4254, 0.0286, 0.6169, -0.7445, 0.352, -0.7848], [-0.8029, -0.7458, 0.625, -0.8982, 0.8431, -0.9479, -0.0092, -0.8608], [0.1679, -0.9236, -0.6702, -0.6942, -0.5242, -0.3404, 0.3993, -0.5436], [-0.1085, -0.1988, -0.172, -0.1692, -0.6283, 0.6272, -0.8095, 0.3804]]]> : tensor<2x4x8xf32>
  %swapped_tables_in1 = arith.constant dense<[[[-0.0145, 0.4034, 0.183, 0.0578, -0.0972, -0.6268, 0.082, -0.7336], [0.4601, 0.1105, -0.5098, -0.2593, -0.6898, 0.1382, 0.917, -0.4004], [-0.3954, 0.0171, 0.1378, 0.6975, 0.6871, 0.0676, 0.342, 0.149], [-0.1838, 0.2398, 0.2746, -0.3487, -0.8854, -0.3835, 0.9588, 0.7538]], [[-0.503, -0.0126, 0.4943, -0.1198, 0.7891, -0.4987, 0.6783, 0.8328], [-0.5414, 0.3048, 0.5369, -0.287, 0.3749, 0.8135, 0.6701, 0.4068], [-0.6646, -0.9068, -0.6009, -0.0715, 0.7086, -0.893, -0.9396, -0.086], [-0.8372, -0.1541, 0.357, -0.5215, 0.0365, -0.4198, 0.4442, 0.694]]]> : tensor<2x4x8xf32>
  %swapped_tables_in2 = arith.constant dense<[[[-0.6907, -0.2675, 0.4052, -0.2856, 0.0891, 0.9642, 0.6025, -0.1403], [0.5852, -0.0835, 0.2216, 0.9601, -0.7162, -0.9982, 0.3166, 0.1605], [-0.6023, 0.0594, 0.9386, 0.3391, -0.0381, -0.9922, -0.6285, -0.2957], [0.9327, 0.1927, 0.8945, -0.6515, -0.1478, -0.7153, -0.7998, -0.528]], [[0.4638, -0.9067, -0.7694, -0.9664, -0.538, 0.2782, -0.3987, -0.2504], [0.8901, -0.3284, 0.2342, -0.3127, -0.1293, 0.4387, -0.7251, -0.9541], [0.5787, 0.5346, -0.2871, 0.7785, -0.2646, 0.3915, 0.1696, 0.0979], [-0.134, 0.5458, -0.9704, -0.0167, -0.8167, -0.3691, -0.5669, -0.8972]]]> : tensor<2x4x8xf32>
  %swapped_tables_out = call @swapped_tables(%swapped_tables_in0, %swapped_tables_in1, %swapped_tables_in2) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %swapped_tables_b0 = bufferization.to_buffer %swapped_tables_out : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %swapped_tables_u0 = memref.cast %swapped_tables_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%swapped_tables_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// q and k (GQA: 4 and 2 heads) rotated by the same cos/sin in one function
// become one rope.rotate with two inputs, so one kernel serves both.

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bc = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
// CHECK-LABEL: func.func @qk_gqa
// CHECK-SAME: (%[[Q:.+]]: tensor<1x4x3x8xf32>, %[[K:.+]]: tensor<1x2x3x8xf32>, %[[COS:.+]]: tensor<1x3x8xf32>, %[[SIN:.+]]: tensor<1x3x8xf32>)
// CHECK: %[[R:.+]]:2 = rope.rotate half %[[Q]], %[[K]] : tensor<1x4x3x8xf32>, tensor<1x2x3x8xf32> cos_sin(%[[COS]], %[[SIN]] :
// CHECK-NOT: rope.rotate
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @qk_gqa(%q: tensor<1x4x3x8xf32>, %k: tensor<1x2x3x8xf32>, %cos: tensor<1x3x8xf32>, %sin: tensor<1x3x8xf32>) -> (tensor<1x4x3x8xf32>, tensor<1x2x3x8xf32>) {
  %c = tensor.expand_shape %cos [[0, 1], [2], [3]] output_shape [1, 1, 3, 8] : tensor<1x3x8xf32> into tensor<1x1x3x8xf32>
  %s = tensor.expand_shape %sin [[0, 1], [2], [3]] output_shape [1, 1, 3, 8] : tensor<1x3x8xf32> into tensor<1x1x3x8xf32>
  %qe = tensor.empty() : tensor<1x4x3x8xf32>
  %q1 = tensor.extract_slice %q[0, 0, 0, 0] [1, 4, 3, 4] [1, 1, 1, 1] : tensor<1x4x3x8xf32> to tensor<1x4x3x4xf32>
  %q2 = tensor.extract_slice %q[0, 0, 0, 4] [1, 4, 3, 4] [1, 1, 1, 1] : tensor<1x4x3x8xf32> to tensor<1x4x3x4xf32>
  %qn0 = tensor.empty() : tensor<1x4x3x4xf32>
  %qn = linalg.negf ins(%q2 : tensor<1x4x3x4xf32>) outs(%qn0 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %qrot = tensor.concat dim(3) %qn, %q1 : (tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x3x8xf32>
  %qo = linalg.generic {indexing_maps = [#id, #id, #bc, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q, %qrot, %c, %s : tensor<1x4x3x8xf32>, tensor<1x4x3x8xf32>, tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) outs(%qe : tensor<1x4x3x8xf32>) {
  ^bb0(%x: f32, %r: f32, %cc: f32, %ss: f32, %o: f32):
    %a = arith.mulf %x, %cc : f32
    %b = arith.mulf %r, %ss : f32
    %y = arith.addf %a, %b : f32
    linalg.yield %y : f32
  } -> tensor<1x4x3x8xf32>
  %ke = tensor.empty() : tensor<1x2x3x8xf32>
  %k1 = tensor.extract_slice %k[0, 0, 0, 0] [1, 2, 3, 4] [1, 1, 1, 1] : tensor<1x2x3x8xf32> to tensor<1x2x3x4xf32>
  %k2 = tensor.extract_slice %k[0, 0, 0, 4] [1, 2, 3, 4] [1, 1, 1, 1] : tensor<1x2x3x8xf32> to tensor<1x2x3x4xf32>
  %kn0 = tensor.empty() : tensor<1x2x3x4xf32>
  %kn = linalg.negf ins(%k2 : tensor<1x2x3x4xf32>) outs(%kn0 : tensor<1x2x3x4xf32>) -> tensor<1x2x3x4xf32>
  %krot = tensor.concat dim(3) %kn, %k1 : (tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32>) -> tensor<1x2x3x8xf32>
  %ko = linalg.generic {indexing_maps = [#id, #id, #bc, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k, %krot, %c, %s : tensor<1x2x3x8xf32>, tensor<1x2x3x8xf32>, tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) outs(%ke : tensor<1x2x3x8xf32>) {
  ^bb0(%x: f32, %r: f32, %cc: f32, %ss: f32, %o: f32):
    %a = arith.mulf %x, %cc : f32
    %b = arith.mulf %r, %ss : f32
    %y = arith.addf %a, %b : f32
    linalg.yield %y : f32
  } -> tensor<1x2x3x8xf32>
  return %qo, %ko : tensor<1x4x3x8xf32>, tensor<1x2x3x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %qk_gqa_in0 = arith.constant dense<[[[[0.7606, -0.3746, -0.9585, 0.1946, 0.2182, 0.5956, -0.5789, -0.9982], [-0.4763, 0.662, -0.3132, -0.9909, -0.624, 0.7192, -0.4765, -0.4151], [-0.6865, -0.4388, -0.2483, -0.2941, -0.7874, -0.5613, 0.6129, -0.9582]], [[0.9655, -0.6996, -0.6957, -0.3727, -0.5232, 0.6736, 0.8517, 0.5412], [-0.7463, -0.3836, -0.7207, -0.1517, -0.0385, -0.6959, 0.1203, 0.1111], [-0.1402, -0.1257, 0.7991, 0.083, 0.8677, -0.3595, 0.1006, 0.6721]], [[0.3736, 0.6321, 0.5848, -0.1901, -0.9722, 0.7495, -0.2853, -0.4171], [0.2184, -0.9792, -0.9357, 0.254, 0.7037, 0.8367, 0.4113, 0.7448], [0.5784, -0.6377, -0.8399, -0.5121, -0.2996, -0.7397, 0.3861, -0.8989]], [[0.8705, -0.3677, -0.0737, -0.0188, -0.9245, 0.48, -0.811, 0.3284], [-0.8316, 0.4893, 0.3309, 0.317, -0.5181, 0.235, -0.6574, -0.5885], [0.2683, -0.4697, 0.2337, 0.1017, 0.3502, -0.8208, 0.1261, 0.1566]]]]> : tensor<1x4x3x8xf32>
  %qk_gqa_in1 = arith.constant dense<[[[[0.955, -0.3722, 0.5248, 0.7868, -0.9884, -0.7624, 0.4275, 0.9076], [-0.283, -0.6805, -0.0668, 0.3899, 0.9632, 0.4518, 0.1201, 0.1624], [0.7629, 0.8377, 0.5217, -0.3306, -0.4274, -0.4503, -0.9046, -0.1151]], [[-0.1439, 0.9642, 0.3313, 0.4492, -0.5293, -0.2025, 0.936, 0.3492], [0.3794, 0.5202, 0.3221, -0.6079, -0.4903, 0.3952, -0.5501, 0.5816], [0.9932, 0.9294, 0.0153, 0.0269, -0.7567, -0.4683, -0.7111, -0.4351]]]]> : tensor<1x2x3x8xf32>
  %qk_gqa_in2 = arith.constant dense<[[[0.3849, 0.4966, -0.1901, -0.6216, 0.5157, 0.735, 0.8589, 0.9123], [0.8172, -0.867, 0.1386, 0.3933, -0.9985, -0.6003, -0.0961, 0.4897], [0.5519, 0.7521, -0.9422, 0.9604, 0.6119, 0.4157, -0.2286, -0.4882]]]> : tensor<1x3x8xf32>
  %qk_gqa_in3 = arith.constant dense<[[[-0.9322, -0.9244, 0.7637, -0.9906, -0.8854, -0.4706, 0.5258, 0.7864], [-0.7109, -0.8848, 0.7794, 0.1501, 0.9972, -0.9555, -0.2367, 0.7685], [-0.7682, -0.5037, 0.7716, 0.3904, 0.1723, 0.4853, -0.3546, 0.2146]]]> : tensor<1x3x8xf32>
  %qk_gqa_out:2 = call @qk_gqa(%qk_gqa_in0, %qk_gqa_in1, %qk_gqa_in2, %qk_gqa_in3) : (tensor<1x4x3x8xf32>, tensor<1x2x3x8xf32>, tensor<1x3x8xf32>, tensor<1x3x8xf32>) -> (tensor<1x4x3x8xf32>, tensor<1x2x3x8xf32>)
  %qk_gqa_b0 = bufferization.to_buffer %qk_gqa_out#0 : tensor<1x4x3x8xf32> to memref<1x4x3x8xf32>
  %qk_gqa_u0 = memref.cast %qk_gqa_b0 : memref<1x4x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%qk_gqa_u0) : (memref<*xf32>) -> ()
  %qk_gqa_b1 = bufferization.to_buffer %qk_gqa_out#1 : tensor<1x2x3x8xf32> to memref<1x2x3x8xf32>
  %qk_gqa_u1 = memref.cast %qk_gqa_b1 : memref<1x2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%qk_gqa_u1) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss for the merge: q and k read different tables (k takes q's sin
// as its cos). Each is still a rotation, but they must not share one op.

// CHECK-LABEL: func.func @qk_mixed_tables
// CHECK-SAME: (%[[Q:.+]]: tensor<2x4x8xf32>, %[[K:.+]]: tensor<2x4x8xf32>, %[[COS:.+]]: tensor<2x4x8xf32>, %[[SIN:.+]]: tensor<2x4x8xf32>)
// CHECK-DAG: rope.rotate half %[[Q]] : tensor<2x4x8xf32> cos_sin(%[[COS]], %[[SIN]] :
// CHECK-DAG: rope.rotate half %[[K]] : tensor<2x4x8xf32> cos_sin(%[[SIN]], %[[SIN]] :
func.func @qk_mixed_tables(%q: tensor<2x4x8xf32>, %k: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> (tensor<2x4x8xf32>, tensor<2x4x8xf32>) {
  %e = tensor.empty() : tensor<2x4x8xf32>
  %e4 = tensor.empty() : tensor<2x4x4xf32>
  %q1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %q2 = tensor.extract_slice %q[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %qn = linalg.negf ins(%q2 : tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %qrot = tensor.concat dim(2) %qn, %q1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %qc = linalg.mul ins(%q, %cos : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %qs = linalg.mul ins(%qrot, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %qo = linalg.add ins(%qc, %qs : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %k1 = tensor.extract_slice %k[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %k2 = tensor.extract_slice %k[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %kn = linalg.negf ins(%k2 : tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %krot = tensor.concat dim(2) %kn, %k1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %kc = linalg.mul ins(%k, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %ks = linalg.mul ins(%krot, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %ko = linalg.add ins(%kc, %ks : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %qo, %ko : tensor<2x4x8xf32>, tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %qk_mixed_tables_in0 = arith.constant dense<[[[-0.2338, 0.1859, 0.3555, 0.1421, 0.7624, 0.8834, -0.9427, 0.1324], [0.4393, -0.8305, -0.1318, 0.9067, -0.5278, 0.9252, -0.1185, -0.6152], [0.0977, -0.2311, 0.491, -0.8048, 0.4814, -0.1999, -0.6052, 0.9225], [-0.746, -0.5496, 0.004, 0.6024, -0.1194, 0.3944, -0.6334, 0.4671]], [[-0.8962, -0.4115, -0.5112, 0.1527, 0.8722, 0.7734, 0.5181, 0.9117], [-0.2142, -0.2665, -0.3176, 0.5487, -0.0087, -0.426, -0.5528, -0.9324], [-0.7438, 0.6845, -0.259, -0.906, 0.6741, -0.8686, -0.3953, 0.3997], [-0.9481, -0.7013, 0.3973, -0.5061, -0.1843, -0.356, -0.515, -0.0257]]]> : tensor<2x4x8xf32>
  %qk_mixed_tables_in1 = arith.constant dense<[[[-0.703, -0.4141, -0.7719, -0.2091, -0.5442, -0.5174, -0.6527, 0.4529], [0.6929, -0.927, 0.6319, -0.3629, 0.2218, -0.1376, 0.4126, -0.0441], [0.6843, -0.2544, -0.5647, 0.4556, 0.9415, 0.2409, -0.972, 0.7622], [0.7284, 0.6283, -0.0667, 0.8626, 0.7239, -0.4245, 0.4572, -0.7836]], [[-0.0282, -0.5707, 0.1954, 0.483, 0.1846, 0.1298, 0.342, 0.1761], [-0.5696, 0.5743, 0.9244, 0.4145, -0.707, 0.9688, 0.7902, 0.1407], [-0.3831, 0.157, 0.4638, 0.2729, -0.6108, 0.0429, 0.3543, 0.0478], [-0.5203, 0.1596, -0.8086, -0.4599, -0.0848, 0.5034, 0.9669, -0.8538]]]> : tensor<2x4x8xf32>
  %qk_mixed_tables_in2 = arith.constant dense<[[[0.3173, 0.3664, 0.9685, 0.5319, -0.548, -0.7513, -0.3011, -0.2449], [-0.6958, 0.7979, 0.0205, -0.6587, 0.3774, 0.6206, -0.2181, -0.6604], [-0.551, 0.4973, -0.1754, -0.2207, -0.0652, -0.2207, 0.8051, 0.9556], [0.0956, 0.8701, 0.4201, 0.1722, -0.401, 0.265, -0.2298, -0.6406]], [[0.2629, -0.2058, 0.7256, -0.5029, 0.4496, -0.9958, 0.3651, 0.8235], [0.9735, -0.4089, 0.7122, 0.5242, 0.2471, 0.8435, 0.8118, -0.5852], [-0.8508, -0.1565, 0.0365, 0.6665, 0.5043, -0.9373, 0.7679, 0.7782], [0.482, -0.4701, -0.2048, 0.5998, 0.9268, 0.5379, 0.0201, -0.7801]]]> : tensor<2x4x8xf32>
  %qk_mixed_tables_in3 = arith.constant dense<[[[0.0921, -0.6333, -0.1059, -0.1356, 0.409, -0.0981, 0.0652, 0.5905], [0.9671, 0.7778, -0.712, -0.737, 0.5149, -0.2462, 0.9047, -0.8008], [0.2867, 0.3882, -0.7628, -0.5729, 0.339, 0.1444, 0.0812, 0.6381], [0.2786, 0.3997, 0.1742, -0.9035, 0.5398, 0.9495, 0.5451, -0.6889]], [[-0.3269, 0.2082, 0.2178, -0.747, 0.1018, 0.1984, 0.4403, 0.5842], [-0.0583, 0.5396, -0.1294, -0.7271, -0.2386, 0.2604, 0.5156, -0.8896], [0.6022, -0.7712, 0.9802, 0.4446, 0.1021, -0.4598, 0.4009, -0.7926], [-0.005, -0.6744, 0.8242, -0.4776, 0.2615, 0.4226, 0.3945, -0.3474]]]> : tensor<2x4x8xf32>
  %qk_mixed_tables_out:2 = call @qk_mixed_tables(%qk_mixed_tables_in0, %qk_mixed_tables_in1, %qk_mixed_tables_in2, %qk_mixed_tables_in3) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> (tensor<2x4x8xf32>, tensor<2x4x8xf32>)
  %qk_mixed_tables_b0 = bufferization.to_buffer %qk_mixed_tables_out#0 : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %qk_mixed_tables_u0 = memref.cast %qk_mixed_tables_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%qk_mixed_tables_u0) : (memref<*xf32>) -> ()
  %qk_mixed_tables_b1 = bufferization.to_buffer %qk_mixed_tables_out#1 : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %qk_mixed_tables_u1 = memref.cast %qk_mixed_tables_b1 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%qk_mixed_tables_u1) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: k's rotate_half is built from q. Each channel then mixes two
// different inputs: not a rotation of anything.

// CHECK-LABEL: func.func @partner_from_other_input
// CHECK-NOT: rope.rotate
// CHECK: return
func.func @partner_from_other_input(%q: tensor<2x4x8xf32>, %k: tensor<2x4x8xf32>, %cos: tensor<2x4x8xf32>, %sin: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %e = tensor.empty() : tensor<2x4x8xf32>
  %e4 = tensor.empty() : tensor<2x4x4xf32>
  %q1 = tensor.extract_slice %q[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %q2 = tensor.extract_slice %q[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %qn = linalg.negf ins(%q2 : tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %qrot = tensor.concat dim(2) %qn, %q1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %kc = linalg.mul ins(%k, %cos : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %ks = linalg.mul ins(%qrot, %sin : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %ko = linalg.add ins(%kc, %ks : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %ko : tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %partner_from_other_input_in0 = arith.constant dense<[[[0.3411, -0.0255, 0.9538, 0.0246, -0.0336, -0.5808, 0.9301, 0.688], [-0.6419, -0.683, 0.6037, -0.4237, -0.3088, -0.0369, 0.538, -0.0342], [0.9928, 0.9275, -0.2265, 0.1203, -0.5849, 0.7138, -0.7728, -0.729], [0.0264, -0.9175, -0.6571, 0.1423, 0.1476, -0.7343, 0.1118, 0.041]], [[0.746, 0.7943, -0.9585, -0.1822, 0.0618, 0.7681, -0.2154, -0.3895], [-0.0354, 0.8082, -0.481, 0.9896, 0.0913, -0.6567, 0.6657, 0.5682], [0.5497, -0.5877, 0.4893, 0.1004, -0.2415, 0.8849, 0.5344, -0.4725], [-0.4648, 0.9311, 0.1411, -0.1799, 0.1182, -0.6731, 0.1126, -0.0497]]]> : tensor<2x4x8xf32>
  %partner_from_other_input_in1 = arith.constant dense<[[[-0.8974, 0.0619, 0.8643, 0.5903, -0.5653, -0.4829, -0.5212, 0.9269], [0.1844, 0.825, -0.2094, 0.9211, -0.0709, 0.1375, 0.5251, 0.0154], [0.5068, -0.1952, -0.3313, 0.617, -0.3178, 0.2565, 0.392, -0.6243], [0.3839, 0.6043, 0.5199, 0.7773, -0.7276, 0.1805, -0.3679, -0.9867]], [[-0.2774, -0.9264, -0.3598, -0.524, 0.5482, -0.2536, -0.8804, 0.5674], [0.8281, 0.5607, 0.3331, 0.3835, -0.4795, -0.0008, 0.6197, -0.5998], [0.7419, 0.8987, -0.1451, -0.8758, 0.076, 0.4443, 0.616, -0.8601], [0.8764, 0.6303, 0.0829, 0.2858, -0.0996, -0.317, 0.0165, 0.2893]]]> : tensor<2x4x8xf32>
  %partner_from_other_input_in2 = arith.constant dense<[[[-0.6963, -0.6188, 0.1336, -0.1162, 0.2882, -0.1431, 0.4975, 0.2361], [0.4751, -0.8967, -0.9558, 0.5981, 0.4258, 0.7396, 0.5721, -0.1022], [-0.2458, 0.1179, 0.3951, -0.9084, -0.5075, -0.2201, 0.0792, 0.8742], [-0.2098, 0.6381, -0.2746, 0.3988, 0.4412, -0.7906, -0.6993, -0.9694]], [[-0.7291, 0.3892, 0.8799, -0.1906, -0.2027, -0.8211, -0.4858, 0.2021], [0.664, -0.4238, -0.9144, 0.7991, 0.514, -0.7783, 0.7604, -0.8304], [0.2975, -0.2699, -0.1461, -0.8526, -0.2575, -0.2447, 0.1372, 0.5924], [0.5586, -0.7077, 0.6185, -0.9031, 0.0566, 0.5981, 0.7524, -0.0792]]]> : tensor<2x4x8xf32>
  %partner_from_other_input_in3 = arith.constant dense<[[[0.3705, 0.4116, 0.7095, 0.6802, 0.7193, -0.1628, 0.2738, 0.8372], [0.8784, 0.8745, -0.6042, -0.7573, 0.4496, 0.6169, -0.0555, -0.7056], [-0.4279, -0.2067, -0.0957, -0.9061, 0.5193, 0.4513, 0.9499, -0.3546], [-0.6226, -0.2938, -0.8022, -0.4187, -0.784, -0.5523, -0.1392, 0.1373]], [[-0.7863, 0.096, 0.8867, 0.2656, 0.8575, 0.9278, 0.4268, 0.824], [0.793, -0.5194, 0.6234, 0.8746, 0.1276, -0.8356, -0.6397, -0.9476], [0.3199, -0.8754, 0.3281, -0.7955, -0.4471, -0.2323, 0.2977, -0.4658], [-0.0485, 0.8764, -0.6177, 0.083, -0.6504, -0.6691, 0.3273, 0.1564]]]> : tensor<2x4x8xf32>
  %partner_from_other_input_out = call @partner_from_other_input(%partner_from_other_input_in0, %partner_from_other_input_in1, %partner_from_other_input_in2, %partner_from_other_input_in3) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %partner_from_other_input_b0 = bufferization.to_buffer %partner_from_other_input_out : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %partner_from_other_input_u0 = memref.cast %partner_from_other_input_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%partner_from_other_input_u0) : (memref<*xf32>) -> ()
  return
}

