// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// GPT-NeoX partial rotary (rotary_pct): the first R = 4 of 8 channels are
// sliced off, rotated (rotate_half on the slice) and concatenated with the
// untouched rest. One rope.rotate with rotary_dim = 4 on the whole input.

// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @partial
// CHECK-SAME: (%[[Q:.+]]: tensor<2x3x8xf32>, %[[COS:.+]]: tensor<3x4xf32>, %[[SIN:.+]]: tensor<3x4xf32>)
// CHECK: %[[R:.+]] = rope.rotate half %[[Q]] : tensor<2x3x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<3x4xf32>, tensor<3x4xf32>) {rotary_dim = 4 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: tensor.concat
// CHECK: return %[[R]]
func.func @partial(%q: tensor<2x3x8xf32>, %cos: tensor<3x4xf32>, %sin: tensor<3x4xf32>) -> tensor<2x3x8xf32> {
  %qr = tensor.extract_slice %q[0, 0, 0] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %qp = tensor.extract_slice %q[0, 0, 4] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %e = tensor.empty() : tensor<2x3x4xf32>
  %cb = linalg.broadcast ins(%cos : tensor<3x4xf32>) outs(%e : tensor<2x3x4xf32>) dimensions = [0]
  %sb = linalg.broadcast ins(%sin : tensor<3x4xf32>) outs(%e : tensor<2x3x4xf32>) dimensions = [0]
  %x1 = tensor.extract_slice %qr[0, 0, 0] [2, 3, 2] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x3x2xf32>
  %x2 = tensor.extract_slice %qr[0, 0, 2] [2, 3, 2] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x3x2xf32>
  %e2 = tensor.empty() : tensor<2x3x2xf32>
  %n = linalg.negf ins(%x2 : tensor<2x3x2xf32>) outs(%e2 : tensor<2x3x2xf32>) -> tensor<2x3x2xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %a = linalg.mul ins(%qr, %cb : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %b = linalg.mul ins(%rot, %sb : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %r = linalg.add ins(%a, %b : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %out = tensor.concat dim(2) %r, %qp : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  return %out : tensor<2x3x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %partial_in0 = arith.constant dense<[[[0.0717, 0.9494, -0.0117, 0.4001, -0.1772, -0.7133, 0.7969, 0.9269], [0.3436, -0.458, 0.325, 0.7712, 0.0609, -0.9885, 0.8739, -0.845], [-0.4449, -0.4903, -0.2437, 0.243, 0.5508, 0.692, 0.2507, -0.1817]], [[-0.1248, 0.3763, 0.7495, -0.6533, 0.6387, -0.1619, 0.7278, 0.3413], [0.1979, 0.172, 0.0214, -0.7699, -0.2505, 0.3796, 0.2002, 0.4825], [-0.017, -0.7551, -0.6757, -0.4118, 0.9299, -0.6129, -0.2782, 0.0255]]]> : tensor<2x3x8xf32>
  %partial_in1 = arith.constant dense<[[-0.0897, -0.8252, -0.3145, 0.4611], [-0.691, 0.0022, 0.5197, -0.9548], [-0.2431, -0.0729, -0.6923, 0.7055]]> : tensor<3x4xf32>
  %partial_in2 = arith.constant dense<[[0.6261, 0.4823, -0.0492, 0.839], [-0.4321, -0.522, 0.8475, 0.3583], [0.3693, -0.9996, -0.0574, 0.1684]]> : tensor<3x4xf32>
  %partial_out = call @partial(%partial_in0, %partial_in1, %partial_in2) : (tensor<2x3x8xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x8xf32>
  %partial_b0 = bufferization.to_buffer %partial_out : tensor<2x3x8xf32> to memref<2x3x8xf32>
  %partial_u0 = memref.cast %partial_b0 : memref<2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%partial_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// GPT-J partial rotary: stride-2 slices of the first 4 channels, stacked
// and flattened, then the pass-through channels appended.

// CHECK-LABEL: func.func @gptj_partial
// CHECK-SAME: (%[[Q:.+]]: tensor<3x8xf32>, %[[COS:.+]]: tensor<3x2xf32>, %[[SIN:.+]]: tensor<3x2xf32>)
// CHECK: rope.rotate interleaved %[[Q]] : tensor<3x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<3x2xf32>, tensor<3x2xf32>) {rotary_dim = 4 : i64
func.func @gptj_partial(%q: tensor<3x8xf32>, %cos: tensor<3x2xf32>, %sin: tensor<3x2xf32>) -> tensor<3x8xf32> {
  %e = tensor.empty() : tensor<3x2xf32>
  %x1 = tensor.extract_slice %q[0, 0] [3, 2] [1, 2] : tensor<3x8xf32> to tensor<3x2xf32>
  %x2 = tensor.extract_slice %q[0, 1] [3, 2] [1, 2] : tensor<3x8xf32> to tensor<3x2xf32>
  %a = arith.mulf %x1, %cos : tensor<3x2xf32>
  %b = arith.mulf %x2, %sin : tensor<3x2xf32>
  %o1 = arith.subf %a, %b : tensor<3x2xf32>
  %c = arith.mulf %x2, %cos : tensor<3x2xf32>
  %d = arith.mulf %x1, %sin : tensor<3x2xf32>
  %o2 = arith.addf %c, %d : tensor<3x2xf32>
  %o1e = tensor.expand_shape %o1 [[0], [1, 2]] output_shape [3, 2, 1] : tensor<3x2xf32> into tensor<3x2x1xf32>
  %o2e = tensor.expand_shape %o2 [[0], [1, 2]] output_shape [3, 2, 1] : tensor<3x2xf32> into tensor<3x2x1xf32>
  %st = tensor.concat dim(2) %o1e, %o2e : (tensor<3x2x1xf32>, tensor<3x2x1xf32>) -> tensor<3x2x2xf32>
  %rot = tensor.collapse_shape %st [[0], [1, 2]] : tensor<3x2x2xf32> into tensor<3x4xf32>
  %pass = tensor.extract_slice %q[0, 4] [3, 4] [1, 1] : tensor<3x8xf32> to tensor<3x4xf32>
  %out = tensor.concat dim(1) %rot, %pass : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x8xf32>
  return %out : tensor<3x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %gptj_partial_in0 = arith.constant dense<[[-0.2113, 0.5417, 0.9424, -0.0623, -0.5233, 0.2767, 0.9651, -0.0564], [-0.3939, 0.2221, -0.3324, -0.1412, 0.2687, 0.3141, 0.8754, 0.9641], [0.394, -0.1774, -0.9913, 0.8116, 0.7639, -0.9473, 0.6029, 0.7611]]> : tensor<3x8xf32>
  %gptj_partial_in1 = arith.constant dense<[[0.0608, -0.8208], [-0.8221, 0.8117], [-0.8246, 0.7574]]> : tensor<3x2xf32>
  %gptj_partial_in2 = arith.constant dense<[[0.8202, 0.0208], [-0.9195, 0.1046], [-0.7857, 0.4716]]> : tensor<3x2xf32>
  %gptj_partial_out = call @gptj_partial(%gptj_partial_in0, %gptj_partial_in1, %gptj_partial_in2) : (tensor<3x8xf32>, tensor<3x2xf32>, tensor<3x2xf32>) -> tensor<3x8xf32>
  %gptj_partial_b0 = bufferization.to_buffer %gptj_partial_out : tensor<3x8xf32> to memref<3x8xf32>
  %gptj_partial_u0 = memref.cast %gptj_partial_b0 : memref<3x8xf32> to memref<*xf32>
  call @printMemrefF32(%gptj_partial_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: the pass-through channels are scaled by 2; rope.rotate passes
// them through unchanged. Only the rotated slice is raised; the concat with
// the scaled rest stays.

// CHECK-LABEL: func.func @scaled_pass_through
// CHECK: %[[ROT:.+]] = rope.rotate half %{{.+}} : tensor<2x3x4xf32>
// CHECK: tensor.concat dim(2) %[[ROT]], %{{.+}} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
func.func @scaled_pass_through(%q: tensor<2x3x8xf32>, %cos: tensor<3x4xf32>, %sin: tensor<3x4xf32>) -> tensor<2x3x8xf32> {
  %qr = tensor.extract_slice %q[0, 0, 0] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %qp = tensor.extract_slice %q[0, 0, 4] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %e = tensor.empty() : tensor<2x3x4xf32>
  %cb = linalg.broadcast ins(%cos : tensor<3x4xf32>) outs(%e : tensor<2x3x4xf32>) dimensions = [0]
  %sb = linalg.broadcast ins(%sin : tensor<3x4xf32>) outs(%e : tensor<2x3x4xf32>) dimensions = [0]
  %x1 = tensor.extract_slice %qr[0, 0, 0] [2, 3, 2] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x3x2xf32>
  %x2 = tensor.extract_slice %qr[0, 0, 2] [2, 3, 2] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x3x2xf32>
  %e2 = tensor.empty() : tensor<2x3x2xf32>
  %n = linalg.negf ins(%x2 : tensor<2x3x2xf32>) outs(%e2 : tensor<2x3x2xf32>) -> tensor<2x3x2xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %a = linalg.mul ins(%qr, %cb : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %b = linalg.mul ins(%rot, %sb : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %r = linalg.add ins(%a, %b : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %two = arith.constant dense<2.0> : tensor<2x3x4xf32>
  %qp2 = arith.mulf %qp, %two : tensor<2x3x4xf32>
  %out = tensor.concat dim(2) %r, %qp2 : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  return %out : tensor<2x3x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %scaled_pass_through_in0 = arith.constant dense<[[[0.6705, -0.7767, 0.6914, -0.2562, -0.7711, 0.4626, -0.8028, -0.8069], [0.2964, -0.0934, 0.1694, -0.6486, -0.9091, 0.3387, -0.0636, 0.8901], [-0.3708, -0.3976, 0.6873, 0.1511, -0.7152, -0.7948, -0.6891, 0.3128]], [[0.1877, -0.8472, -0.4785, -0.203, 0.1459, 0.5, 0.9563, -0.1619], [0.0806, -0.4999, 0.1181, 0.846, -0.6117, 0.2525, -0.1485, 0.2697], [0.6517, 0.4825, -0.7594, 0.829, 0.3279, -0.5808, 0.4046, -0.9719]]]> : tensor<2x3x8xf32>
  %scaled_pass_through_in1 = arith.constant dense<[[-0.6319, -0.0867, 0.3607, -0.2069], [-0.8142, -0.5098, 0.2401, 0.2022], [0.6421, -0.9088, 0.1528, -0.4469]]> : tensor<3x4xf32>
  %scaled_pass_through_in2 = arith.constant dense<[[0.9923, 0.5481, -0.7077, -0.0306], [0.1433, 0.3263, -0.8474, -0.5277], [-0.2911, 0.6664, 0.6965, 0.9908]]> : tensor<3x4xf32>
  %scaled_pass_through_out = call @scaled_pass_through(%scaled_pass_through_in0, %scaled_pass_through_in1, %scaled_pass_through_in2) : (tensor<2x3x8xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x8xf32>
  %scaled_pass_through_b0 = bufferization.to_buffer %scaled_pass_through_out : tensor<2x3x8xf32> to memref<2x3x8xf32>
  %scaled_pass_through_u0 = memref.cast %scaled_pass_through_b0 : memref<2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%scaled_pass_through_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: the pass-through channels come from another tensor: again only
// the rotated slice is raised.

// CHECK-LABEL: func.func @pass_through_other
// CHECK: %[[ROT:.+]] = rope.rotate half %{{.+}} : tensor<2x3x4xf32>
// CHECK: tensor.concat dim(2) %[[ROT]], %{{.+}} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
func.func @pass_through_other(%q: tensor<2x3x8xf32>, %k: tensor<2x3x8xf32>, %cos: tensor<3x4xf32>, %sin: tensor<3x4xf32>) -> tensor<2x3x8xf32> {
  %qr = tensor.extract_slice %q[0, 0, 0] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %qp = tensor.extract_slice %k[0, 0, 4] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %e = tensor.empty() : tensor<2x3x4xf32>
  %cb = linalg.broadcast ins(%cos : tensor<3x4xf32>) outs(%e : tensor<2x3x4xf32>) dimensions = [0]
  %sb = linalg.broadcast ins(%sin : tensor<3x4xf32>) outs(%e : tensor<2x3x4xf32>) dimensions = [0]
  %x1 = tensor.extract_slice %qr[0, 0, 0] [2, 3, 2] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x3x2xf32>
  %x2 = tensor.extract_slice %qr[0, 0, 2] [2, 3, 2] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x3x2xf32>
  %e2 = tensor.empty() : tensor<2x3x2xf32>
  %n = linalg.negf ins(%x2 : tensor<2x3x2xf32>) outs(%e2 : tensor<2x3x2xf32>) -> tensor<2x3x2xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %a = linalg.mul ins(%qr, %cb : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %b = linalg.mul ins(%rot, %sb : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %r = linalg.add ins(%a, %b : tensor<2x3x4xf32>, tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %out = tensor.concat dim(2) %r, %qp : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  return %out : tensor<2x3x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %pass_through_other_in0 = arith.constant dense<[[[0.3876, -0.0772, -0.7325, 0.7063, -0.3044, -0.8834, 0.3436, -0.7208], [0.1454, 0.9165, 0.0279, -0.0087, -0.5456, 0.824, 0.2468, -0.0537], [-0.1548, 0.296, 0.1817, -0.7175, 0.6277, 0.3322, -0.9148, -0.2757]], [[-0.5695, -0.6363, 0.8308, -0.582, 0.0146, -0.7231, 0.423, -0.1331], [-0.1078, -0.0802, 0.8278, -0.1793, 0.8431, 0.9001, 0.2086, 0.6136], [0.4688, 0.7663, 0.7775, 0.0344, 0.9288, -0.3871, 0.3117, -0.7268]]]> : tensor<2x3x8xf32>
  %pass_through_other_in1 = arith.constant dense<[[[0.3953, 0.7181, -0.2575, 0.0505, -0.6082, 0.9716, 0.4213, 0.1384], [-0.8824, 0.9488, 0.6663, 0.068, 0.7081, 0.4253, -0.0961, 0.9442], [-0.9011, 0.6388, 0.8362, -0.8156, 0.3899, -0.6343, -0.134, -0.684]], [[0.4053, 0.0826, -0.9948, -0.6926, 0.0751, -0.9488, 0.6507, -0.7105], [0.0811, -0.5582, -0.4178, -0.382, -0.1441, -0.7989, 0.6058, -0.1974], [0.0924, -0.5359, -0.1361, -0.3432, -0.3796, -0.7317, -0.0004, 0.898]]]> : tensor<2x3x8xf32>
  %pass_through_other_in2 = arith.constant dense<[[-0.5418, 0.0469, -0.0727, -0.4891], [-0.7627, 0.704, 0.3231, 0.6119], [-0.3035, -0.3845, 0.5367, 0.7121]]> : tensor<3x4xf32>
  %pass_through_other_in3 = arith.constant dense<[[-0.5911, -0.9538, 0.9482, -0.8423], [-0.4695, -0.7887, -0.6042, -0.427], [0.7446, 0.7041, -0.9597, -0.6423]]> : tensor<3x4xf32>
  %pass_through_other_out = call @pass_through_other(%pass_through_other_in0, %pass_through_other_in1, %pass_through_other_in2, %pass_through_other_in3) : (tensor<2x3x8xf32>, tensor<2x3x8xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x8xf32>
  %pass_through_other_b0 = bufferization.to_buffer %pass_through_other_out : tensor<2x3x8xf32> to memref<2x3x8xf32>
  %pass_through_other_u0 = memref.cast %pass_through_other_b0 : memref<2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%pass_through_other_u0) : (memref<*xf32>) -> ()
  return
}

