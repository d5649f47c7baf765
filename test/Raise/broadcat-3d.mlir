// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// CogVideoX 3D RoPE (get_3d_rotary_pos_embed): per-axis angle tables
// outer(grid_a, inv_freq_a) with repeat_interleave(2), broadcast over the
// other axes ([T, H, W, .]), concatenated and flattened to tokens; cos/sin
// applied in the real interleaved form. Raised to one rope.freqs per axis
// (with the grid as positions), rope.broadcat, and a collapse to tokens.

#o2 = affine_map<(d0, d1) -> (d0)>
#i2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @cog3d
// CHECK-SAME: (%[[X:.+]]: tensor<1x2x12x8xf32>)
// CHECK-DAG: %[[GT:.+]] = arith.constant dense<[0.000000e+00, 1.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[GH:.+]] = arith.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00]> : tensor<3xf32>
// CHECK: %[[FT:.+]] = rope.freqs %[[GT]] {dim = 4 : i64, inv_freq = array<f32: 1.000000e+00, 0.00999999977>} : tensor<2xf32>
// CHECK: %[[FH:.+]] = rope.freqs %[[GH]] {dim = 2 : i64, inv_freq = array<f32: 5.000000e-01>} : tensor<3xf32>
// CHECK: %[[FW:.+]] = rope.freqs %{{.+}} {dim = 2 : i64, inv_freq = array<f32: 2.500000e-01>} : tensor<2xf32>
// CHECK: %[[B:.+]] = rope.broadcat %[[FT]], %[[FH]], %[[FW]] : tensor<2x2xf32>, tensor<3x1xf32>, tensor<2x1xf32>
// CHECK: %[[TOK:.+]] = tensor.collapse_shape %[[B]] {{\[}}[0, 1, 2], [3]] : tensor<2x3x2x4xf32> into tensor<12x4xf32>
// CHECK: rope.rotate interleaved %[[X]] : tensor<1x2x12x8xf32> angles(%[[TOK]] : tensor<12x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
func.func @cog3d(%x: tensor<1x2x12x8xf32>) -> tensor<1x2x12x8xf32> {
  %gt = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %gh = arith.constant dense<[0.0, 1.0, 2.0]> : tensor<3xf32>
  %gw = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %it = arith.constant dense<[1.0, 0.01]> : tensor<2xf32>
  %ih = arith.constant dense<[0.5]> : tensor<1xf32>
  %iw = arith.constant dense<[0.25]> : tensor<1xf32>
  %et = tensor.empty() : tensor<2x2xf32>
  %ft = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gt, %it : tensor<2xf32>, tensor<2xf32>) outs(%et : tensor<2x2xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<2x2xf32>
  %eh = tensor.empty() : tensor<3x1xf32>
  %fh = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gh, %ih : tensor<3xf32>, tensor<1xf32>) outs(%eh : tensor<3x1xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<3x1xf32>
  %ew = tensor.empty() : tensor<2x1xf32>
  %fw = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gw, %iw : tensor<2xf32>, tensor<1xf32>) outs(%ew : tensor<2x1xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<2x1xf32>
  // repeat_interleave(2): [L, K] -> [L, K, 1] -> broadcast [L, K, 2] -> [L, 2K]
  %rt0 = tensor.empty() : tensor<2x2x2xf32>
  %rt = linalg.broadcast ins(%ft : tensor<2x2xf32>) outs(%rt0 : tensor<2x2x2xf32>) dimensions = [2]
  %t2 = tensor.collapse_shape %rt [[0], [1, 2]] : tensor<2x2x2xf32> into tensor<2x4xf32>
  %rh0 = tensor.empty() : tensor<3x1x2xf32>
  %rh = linalg.broadcast ins(%fh : tensor<3x1xf32>) outs(%rh0 : tensor<3x1x2xf32>) dimensions = [2]
  %h2 = tensor.collapse_shape %rh [[0], [1, 2]] : tensor<3x1x2xf32> into tensor<3x2xf32>
  %rw0 = tensor.empty() : tensor<2x1x2xf32>
  %rw = linalg.broadcast ins(%fw : tensor<2x1xf32>) outs(%rw0 : tensor<2x1x2xf32>) dimensions = [2]
  %w2 = tensor.collapse_shape %rw [[0], [1, 2]] : tensor<2x1x2xf32> into tensor<2x2xf32>
  %bt0 = tensor.empty() : tensor<2x3x2x4xf32>
  %bt = linalg.broadcast ins(%t2 : tensor<2x4xf32>) outs(%bt0 : tensor<2x3x2x4xf32>) dimensions = [1, 2]
  %bh0 = tensor.empty() : tensor<2x3x2x2xf32>
  %bh = linalg.broadcast ins(%h2 : tensor<3x2xf32>) outs(%bh0 : tensor<2x3x2x2xf32>) dimensions = [0, 2]
  %bw = linalg.broadcast ins(%w2 : tensor<2x2xf32>) outs(%bh0 : tensor<2x3x2x2xf32>) dimensions = [0, 1]
  %cat = tensor.concat dim(3) %bt, %bh, %bw : (tensor<2x3x2x4xf32>, tensor<2x3x2x2xf32>, tensor<2x3x2x2xf32>) -> tensor<2x3x2x8xf32>
  %fl = tensor.collapse_shape %cat [[0, 1, 2], [3]] : tensor<2x3x2x8xf32> into tensor<12x8xf32>
  %c = math.cos %fl : tensor<12x8xf32>
  %s = math.sin %fl : tensor<12x8xf32>
  %x5 = tensor.expand_shape %x [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 2] : tensor<1x2x12x8xf32> into tensor<1x2x12x4x2xf32>
  %xr = tensor.extract_slice %x5[0, 0, 0, 0, 0] [1, 2, 12, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x4x2xf32> to tensor<1x2x12x4xf32>
  %xi = tensor.extract_slice %x5[0, 0, 0, 0, 1] [1, 2, 12, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x4x2xf32> to tensor<1x2x12x4xf32>
  %nxi = arith.negf %xi : tensor<1x2x12x4xf32>
  %a = tensor.expand_shape %nxi [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 1] : tensor<1x2x12x4xf32> into tensor<1x2x12x4x1xf32>
  %b = tensor.expand_shape %xr [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 1] : tensor<1x2x12x4xf32> into tensor<1x2x12x4x1xf32>
  %st = tensor.concat dim(4) %a, %b : (tensor<1x2x12x4x1xf32>, tensor<1x2x12x4x1xf32>) -> tensor<1x2x12x4x2xf32>
  %rot = tensor.collapse_shape %st [[0], [1], [2], [3, 4]] : tensor<1x2x12x4x2xf32> into tensor<1x2x12x8xf32>
  %ce = tensor.empty() : tensor<1x2x12x8xf32>
  %cb = linalg.broadcast ins(%c : tensor<12x8xf32>) outs(%ce : tensor<1x2x12x8xf32>) dimensions = [0, 1]
  %sb = linalg.broadcast ins(%s : tensor<12x8xf32>) outs(%ce : tensor<1x2x12x8xf32>) dimensions = [0, 1]
  %xc = arith.mulf %x, %cb : tensor<1x2x12x8xf32>
  %rs = arith.mulf %rot, %sb : tensor<1x2x12x8xf32>
  %out = arith.addf %xc, %rs : tensor<1x2x12x8xf32>
  return %out : tensor<1x2x12x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %cog3d_in0 = arith.constant dense<[[[[-0.9136, 0.4768, -0.7591, 0.6121, 0.6886, 0.5243, 0.2322, 0.4195], [-0.0715, -0.6261, 0.7832, -0.7647, 0.7078, 0.7325, 0.7045, -0.4495], [0.5589, -0.1786, 0.4783, 0.3907, -0.812, 0.0746, 0.7415, 0.2611], [-0.4366, 0.2959, 0.7447, -0.6901, -0.2954, 0.7582, 0.0831, 0.6692], [0.0009, -0.533, 0.8421, 0.6561, -0.2667, 0.8757, 0.0519, 0.523], [-0.4655, -0.5355, 0.6321, -0.8061, -0.4112, -0.2609, 0.197, -0.2332], [0.3812, -0.863, -0.349, -0.117, -0.3406, 0.7654, -0.0472, 0.0472], [0.0305, -0.6294, 0.6529, -0.3746, 0.5258, 0.5773, -0.7423, 0.8573], [0.4879, 0.2302, 0.9594, -0.4473, 0.4248, 0.8705, 0.081, -0.8912], [-0.7577, -0.3771, -0.851, 0.8746, -0.3002, -0.6431, -0.5822, -0.7608], [-0.5026, -0.9637, 0.8811, -0.0422, -0.6172, 0.7488, -0.8996, -0.5926], [0.2058, -0.7196, -0.1204, -0.7213, -0.4378, 0.8761, 0.2417, 0.1786]], [[-0.0888, 0.1674, 0.0568, -0.0429, -0.8847, -0.8269, 0.4734, 0.4053], [0.7101, 0.3965, -0.7257, -0.9317, 0.392, 0.4397, -0.3749, -0.595], [-0.9266, 0.0353, -0.3123, -0.507, 0.5919, -0.078, -0.8791, -0.8454], [0.0813, -0.1997, 0.6029, -0.232, 0.5683, 0.8465, 0.2348, 0.5156], [-0.2384, -0.7187, -0.609, 0.1693, -0.6401, -0.9288, 0.28, 0.12], [-0.4208, -0.4305, -0.004, 0.7114, -0.6383, 0.2496, -0.2485, -0.5261], [-0.4134, 0.8526, 0.4608, -0.754, -0.351, 0.085, -0.0584, 0.7716], [0.5276, 0.6737, 0.196, -0.2093, -0.1679, 0.0555, -0.194, 0.5285], [0.057, -0.0713, -0.0824, 0.1293, -0.4127, 0.786, -0.5214, -0.3962], [-0.6345, 0.7918, -0.3857, 0.8328, 0.7903, -0.5336, -0.5415, 0.4797], [0.0681, -0.073, -0.9719, 0.2601, -0.9616, 0.6031, 0.69, 0.4333], [-0.9103, -0.0596, 0.3606, 0.9535, -0.4999, -0.4003, -0.0677, -0.3157]]]]> : tensor<1x2x12x8xf32>
  %cog3d_out = call @cog3d(%cog3d_in0) : (tensor<1x2x12x8xf32>) -> tensor<1x2x12x8xf32>
  %cog3d_b0 = bufferization.to_buffer %cog3d_out : tensor<1x2x12x8xf32> to memref<1x2x12x8xf32>
  %cog3d_u0 = memref.cast %cog3d_b0 : memref<1x2x12x8xf32> to memref<*xf32>
  call @printMemrefF32(%cog3d_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss for broadcat: the h and w tables are concatenated in the other
// order (t, w, h) while tokens are flattened t, h, w, so the frequency slots
// do not follow the grid order broadcat builds. Still a rotation: raised
// with per-token multi-axis positions (rope.freqs sections), exactly.

#o2 = affine_map<(d0, d1) -> (d0)>
#i2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @axes_out_of_grid_order
// CHECK-NOT: rope.broadcat
// CHECK: rope.freqs %{{.+}} {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 0.00999999977, 2.500000e-01, 5.000000e-01>, sections = array<i64: 2, 1, 1>} : tensor<12x3xf32>
// CHECK: rope.rotate interleaved
func.func @axes_out_of_grid_order(%x: tensor<1x2x12x8xf32>) -> tensor<1x2x12x8xf32> {
  %gt = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %gh = arith.constant dense<[0.0, 1.0, 2.0]> : tensor<3xf32>
  %gw = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %it = arith.constant dense<[1.0, 0.01]> : tensor<2xf32>
  %ih = arith.constant dense<[0.5]> : tensor<1xf32>
  %iw = arith.constant dense<[0.25]> : tensor<1xf32>
  %et = tensor.empty() : tensor<2x2xf32>
  %ft = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gt, %it : tensor<2xf32>, tensor<2xf32>) outs(%et : tensor<2x2xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<2x2xf32>
  %eh = tensor.empty() : tensor<3x1xf32>
  %fh = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gh, %ih : tensor<3xf32>, tensor<1xf32>) outs(%eh : tensor<3x1xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<3x1xf32>
  %ew = tensor.empty() : tensor<2x1xf32>
  %fw = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gw, %iw : tensor<2xf32>, tensor<1xf32>) outs(%ew : tensor<2x1xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<2x1xf32>
  // repeat_interleave(2): [L, K] -> [L, K, 1] -> broadcast [L, K, 2] -> [L, 2K]
  %rt0 = tensor.empty() : tensor<2x2x2xf32>
  %rt = linalg.broadcast ins(%ft : tensor<2x2xf32>) outs(%rt0 : tensor<2x2x2xf32>) dimensions = [2]
  %t2 = tensor.collapse_shape %rt [[0], [1, 2]] : tensor<2x2x2xf32> into tensor<2x4xf32>
  %rh0 = tensor.empty() : tensor<3x1x2xf32>
  %rh = linalg.broadcast ins(%fh : tensor<3x1xf32>) outs(%rh0 : tensor<3x1x2xf32>) dimensions = [2]
  %h2 = tensor.collapse_shape %rh [[0], [1, 2]] : tensor<3x1x2xf32> into tensor<3x2xf32>
  %rw0 = tensor.empty() : tensor<2x1x2xf32>
  %rw = linalg.broadcast ins(%fw : tensor<2x1xf32>) outs(%rw0 : tensor<2x1x2xf32>) dimensions = [2]
  %w2 = tensor.collapse_shape %rw [[0], [1, 2]] : tensor<2x1x2xf32> into tensor<2x2xf32>
  %bt0 = tensor.empty() : tensor<2x3x2x4xf32>
  %bt = linalg.broadcast ins(%t2 : tensor<2x4xf32>) outs(%bt0 : tensor<2x3x2x4xf32>) dimensions = [1, 2]
  %bh0 = tensor.empty() : tensor<2x3x2x2xf32>
  %bh = linalg.broadcast ins(%h2 : tensor<3x2xf32>) outs(%bh0 : tensor<2x3x2x2xf32>) dimensions = [0, 2]
  %bw = linalg.broadcast ins(%w2 : tensor<2x2xf32>) outs(%bh0 : tensor<2x3x2x2xf32>) dimensions = [0, 1]
  %cat = tensor.concat dim(3) %bt, %bw, %bh : (tensor<2x3x2x4xf32>, tensor<2x3x2x2xf32>, tensor<2x3x2x2xf32>) -> tensor<2x3x2x8xf32>
  %fl = tensor.collapse_shape %cat [[0, 1, 2], [3]] : tensor<2x3x2x8xf32> into tensor<12x8xf32>
  %c = math.cos %fl : tensor<12x8xf32>
  %s = math.sin %fl : tensor<12x8xf32>
  %x5 = tensor.expand_shape %x [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 2] : tensor<1x2x12x8xf32> into tensor<1x2x12x4x2xf32>
  %xr = tensor.extract_slice %x5[0, 0, 0, 0, 0] [1, 2, 12, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x4x2xf32> to tensor<1x2x12x4xf32>
  %xi = tensor.extract_slice %x5[0, 0, 0, 0, 1] [1, 2, 12, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x4x2xf32> to tensor<1x2x12x4xf32>
  %nxi = arith.negf %xi : tensor<1x2x12x4xf32>
  %a = tensor.expand_shape %nxi [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 1] : tensor<1x2x12x4xf32> into tensor<1x2x12x4x1xf32>
  %b = tensor.expand_shape %xr [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 1] : tensor<1x2x12x4xf32> into tensor<1x2x12x4x1xf32>
  %st = tensor.concat dim(4) %a, %b : (tensor<1x2x12x4x1xf32>, tensor<1x2x12x4x1xf32>) -> tensor<1x2x12x4x2xf32>
  %rot = tensor.collapse_shape %st [[0], [1], [2], [3, 4]] : tensor<1x2x12x4x2xf32> into tensor<1x2x12x8xf32>
  %ce = tensor.empty() : tensor<1x2x12x8xf32>
  %cb = linalg.broadcast ins(%c : tensor<12x8xf32>) outs(%ce : tensor<1x2x12x8xf32>) dimensions = [0, 1]
  %sb = linalg.broadcast ins(%s : tensor<12x8xf32>) outs(%ce : tensor<1x2x12x8xf32>) dimensions = [0, 1]
  %xc = arith.mulf %x, %cb : tensor<1x2x12x8xf32>
  %rs = arith.mulf %rot, %sb : tensor<1x2x12x8xf32>
  %out = arith.addf %xc, %rs : tensor<1x2x12x8xf32>
  return %out : tensor<1x2x12x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %axes_out_of_grid_order_in0 = arith.constant dense<[[[[-0.0868, 0.6737, -0.8026, -0.2532, 0.1431, -0.1918, 0.8737, 0.7209], [-0.5651, 0.3557, 0.2051, 0.8985, -0.381, 0.6609, -0.977, 0.1629], [-0.9762, -0.9095, -0.5762, -0.5743, -0.8844, 0.9251, 0.0402, 0.9256], [0.2609, 0.2664, 0.725, 0.0469, 0.8188, 0.9798, 0.0112, -0.8843], [-0.4343, -0.3414, 0.3981, 0.2587, -0.5561, -0.2577, -0.8427, 0.2377], [-0.9253, 0.989, -0.6316, 0.8584, -0.321, 0.0201, -0.8716, 0.7602], [0.6759, 0.4356, -0.3159, -0.6269, 0.9073, 0.4338, -0.0963, -0.0805], [-0.3038, 0.3188, -0.4402, -0.835, 0.0752, 0.3408, -0.271, 0.4693], [0.5189, -0.7659, 0.2214, 0.807, 0.4372, -0.1377, 0.1008, 0.4967], [0.0242, -0.723, 0.4626, -0.4853, -0.9097, -0.712, 0.3196, -0.6864], [-0.6728, 0.5211, -0.2912, 0.3776, -0.2594, 0.055, 0.7553, -0.5746], [0.4186, 0.431, 0.7229, -0.2834, 0.5527, 0.4884, -0.5314, 0.9515]], [[0.9815, -0.8579, 0.5679, 0.03, 0.3734, -0.2756, -0.0237, -0.2508], [-0.3329, -0.5421, 0.3687, 0.8302, 0.5133, 0.4316, -0.6788, 0.692], [-0.0896, -0.0398, 0.5397, -0.762, 0.8322, 0.7819, 0.1331, -0.9935], [0.3853, -0.677, -0.443, 0.6135, 0.5152, -0.8095, 0.7152, 0.7326], [0.7028, 0.8711, -0.186, -0.1711, -0.893, -0.0423, -0.0535, 0.9288], [0.6158, -0.6735, 0.7279, 0.1708, -0.5703, -0.9249, -0.9564, 0.1153], [0.7975, 0.0006, -0.3341, 0.2177, 0.3269, 0.7556, -0.401, -0.605], [0.8424, 0.6155, 0.9948, 0.3512, -0.6908, 0.587, 0.9763, -0.019], [0.658, 0.3454, 0.1382, 0.5729, 0.7948, -0.211, -0.4997, 0.729], [0.6796, 0.1014, 0.6882, 0.707, -0.5995, 0.1503, -0.2437, -0.8487], [0.0031, 0.9728, -0.0095, 0.7519, 0.5731, 0.5059, 0.9516, -0.7874], [0.3441, -0.9312, 0.2629, 0.9189, 0.4308, -0.7605, 0.9195, 0.962]]]]> : tensor<1x2x12x8xf32>
  %axes_out_of_grid_order_out = call @axes_out_of_grid_order(%axes_out_of_grid_order_in0) : (tensor<1x2x12x8xf32>) -> tensor<1x2x12x8xf32>
  %axes_out_of_grid_order_b0 = bufferization.to_buffer %axes_out_of_grid_order_out : tensor<1x2x12x8xf32> to memref<1x2x12x8xf32>
  %axes_out_of_grid_order_u0 = memref.cast %axes_out_of_grid_order_b0 : memref<1x2x12x8xf32> to memref<*xf32>
  call @printMemrefF32(%axes_out_of_grid_order_u0) : (memref<*xf32>) -> ()
  return
}


// -----
// Near miss for rope.freqs: the t axis multiplies the grid by itself instead
// of by its frequencies; the angles are no position * w. The cos/sin tensors
// the IR computes hold the values (per element, with each pair's two
// channels equal): read per pair at stride 2, copied contiguous.

#o2 = affine_map<(d0, d1) -> (d0)>
#i2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @squared_grid
// CHECK-NOT: rope.freqs
// CHECK: %[[C:.+]] = linalg.copy ins(%{{.+}} : tensor<12x4xf32>)
// CHECK: %[[S:.+]] = linalg.copy ins(%{{.+}} : tensor<12x4xf32>)
// CHECK: rope.rotate interleaved %{{.+}} : tensor<1x2x12x8xf32> cos_sin(%[[C]], %[[S]] : tensor<12x4xf32>, tensor<12x4xf32>)
func.func @squared_grid(%x: tensor<1x2x12x8xf32>) -> tensor<1x2x12x8xf32> {
  %gt = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %gh = arith.constant dense<[0.0, 1.0, 2.0]> : tensor<3xf32>
  %gw = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %it = arith.constant dense<[1.0, 0.01]> : tensor<2xf32>
  %ih = arith.constant dense<[0.5]> : tensor<1xf32>
  %iw = arith.constant dense<[0.25]> : tensor<1xf32>
  %et = tensor.empty() : tensor<2x2xf32>
  %ft = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gt, %it : tensor<2xf32>, tensor<2xf32>) outs(%et : tensor<2x2xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %a : f32
    linalg.yield %m : f32
  } -> tensor<2x2xf32>
  %eh = tensor.empty() : tensor<3x1xf32>
  %fh = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gh, %ih : tensor<3xf32>, tensor<1xf32>) outs(%eh : tensor<3x1xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<3x1xf32>
  %ew = tensor.empty() : tensor<2x1xf32>
  %fw = linalg.generic {indexing_maps = [#o2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%gw, %iw : tensor<2xf32>, tensor<1xf32>) outs(%ew : tensor<2x1xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<2x1xf32>
  // repeat_interleave(2): [L, K] -> [L, K, 1] -> broadcast [L, K, 2] -> [L, 2K]
  %rt0 = tensor.empty() : tensor<2x2x2xf32>
  %rt = linalg.broadcast ins(%ft : tensor<2x2xf32>) outs(%rt0 : tensor<2x2x2xf32>) dimensions = [2]
  %t2 = tensor.collapse_shape %rt [[0], [1, 2]] : tensor<2x2x2xf32> into tensor<2x4xf32>
  %rh0 = tensor.empty() : tensor<3x1x2xf32>
  %rh = linalg.broadcast ins(%fh : tensor<3x1xf32>) outs(%rh0 : tensor<3x1x2xf32>) dimensions = [2]
  %h2 = tensor.collapse_shape %rh [[0], [1, 2]] : tensor<3x1x2xf32> into tensor<3x2xf32>
  %rw0 = tensor.empty() : tensor<2x1x2xf32>
  %rw = linalg.broadcast ins(%fw : tensor<2x1xf32>) outs(%rw0 : tensor<2x1x2xf32>) dimensions = [2]
  %w2 = tensor.collapse_shape %rw [[0], [1, 2]] : tensor<2x1x2xf32> into tensor<2x2xf32>
  %bt0 = tensor.empty() : tensor<2x3x2x4xf32>
  %bt = linalg.broadcast ins(%t2 : tensor<2x4xf32>) outs(%bt0 : tensor<2x3x2x4xf32>) dimensions = [1, 2]
  %bh0 = tensor.empty() : tensor<2x3x2x2xf32>
  %bh = linalg.broadcast ins(%h2 : tensor<3x2xf32>) outs(%bh0 : tensor<2x3x2x2xf32>) dimensions = [0, 2]
  %bw = linalg.broadcast ins(%w2 : tensor<2x2xf32>) outs(%bh0 : tensor<2x3x2x2xf32>) dimensions = [0, 1]
  %cat = tensor.concat dim(3) %bt, %bh, %bw : (tensor<2x3x2x4xf32>, tensor<2x3x2x2xf32>, tensor<2x3x2x2xf32>) -> tensor<2x3x2x8xf32>
  %fl = tensor.collapse_shape %cat [[0, 1, 2], [3]] : tensor<2x3x2x8xf32> into tensor<12x8xf32>
  %c = math.cos %fl : tensor<12x8xf32>
  %s = math.sin %fl : tensor<12x8xf32>
  %x5 = tensor.expand_shape %x [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 2] : tensor<1x2x12x8xf32> into tensor<1x2x12x4x2xf32>
  %xr = tensor.extract_slice %x5[0, 0, 0, 0, 0] [1, 2, 12, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x4x2xf32> to tensor<1x2x12x4xf32>
  %xi = tensor.extract_slice %x5[0, 0, 0, 0, 1] [1, 2, 12, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x4x2xf32> to tensor<1x2x12x4xf32>
  %nxi = arith.negf %xi : tensor<1x2x12x4xf32>
  %a = tensor.expand_shape %nxi [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 1] : tensor<1x2x12x4xf32> into tensor<1x2x12x4x1xf32>
  %b = tensor.expand_shape %xr [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 4, 1] : tensor<1x2x12x4xf32> into tensor<1x2x12x4x1xf32>
  %st = tensor.concat dim(4) %a, %b : (tensor<1x2x12x4x1xf32>, tensor<1x2x12x4x1xf32>) -> tensor<1x2x12x4x2xf32>
  %rot = tensor.collapse_shape %st [[0], [1], [2], [3, 4]] : tensor<1x2x12x4x2xf32> into tensor<1x2x12x8xf32>
  %ce = tensor.empty() : tensor<1x2x12x8xf32>
  %cb = linalg.broadcast ins(%c : tensor<12x8xf32>) outs(%ce : tensor<1x2x12x8xf32>) dimensions = [0, 1]
  %sb = linalg.broadcast ins(%s : tensor<12x8xf32>) outs(%ce : tensor<1x2x12x8xf32>) dimensions = [0, 1]
  %xc = arith.mulf %x, %cb : tensor<1x2x12x8xf32>
  %rs = arith.mulf %rot, %sb : tensor<1x2x12x8xf32>
  %out = arith.addf %xc, %rs : tensor<1x2x12x8xf32>
  return %out : tensor<1x2x12x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %squared_grid_in0 = arith.constant dense<[[[[0.1759, -0.4662, -0.1313, 0.9034, -0.0248, -0.2878, 0.8489, -0.7116], [-0.789, 0.7682, -0.217, -0.6582, 0.1829, 0.0397, -0.1023, 0.2115], [-0.9421, -0.1632, -0.0333, 0.2543, 0.93, 0.9097, -0.68, 0.6016], [-0.4821, 0.9902, 0.1121, -0.5992, 0.268, -0.7879, 0.0395, 0.1823], [-0.0193, 0.8584, 0.4933, 0.778, 0.8409, 0.9342, -0.9733, -0.8697], [-0.8778, 0.2694, 0.6742, -0.6796, 0.903, -0.1644, 0.1282, -0.862], [-0.2, -0.4891, -0.1536, 0.9996, 0.1298, 0.5084, 0.8501, 0.341], [-0.9465, 0.7603, -0.6964, -0.6093, -0.7955, -0.4664, -0.9695, 0.5313], [-0.3269, 0.6369, -0.4233, 0.0479, -0.9269, 0.6044, 0.5885, 0.2142], [0.1262, -0.3289, -0.8238, -0.9339, 0.9957, 0.9046, 0.1602, -0.5756], [0.4074, -0.1358, 0.2772, 0.0197, -0.0173, -0.7859, -0.192, -0.1983], [-0.8051, 0.4921, 0.3017, 0.6178, -0.1078, 0.6373, -0.8875, -0.4602]], [[0.2689, -0.201, 0.9213, 0.5327, -0.0025, 0.0136, -0.409, -0.4524], [0.844, -0.1099, 0.4682, -0.4543, 0.4002, 0.3417, -0.974, 0.263], [0.0517, -0.4542, 0.2589, -0.6806, 0.885, 0.6313, -0.8221, 0.5312], [-0.6797, -0.151, -0.3863, 0.3095, -0.3782, 0.979, -0.1574, -0.282], [-0.0286, 0.5574, -0.2104, 0.1322, 0.6843, 0.7059, -0.7395, 0.73], [-0.4741, -0.5103, -0.4605, 0.4283, -0.3189, 0.3432, 0.1348, -0.34], [0.4885, 0.9065, 0.0977, -0.1756, -0.6002, -0.0554, 0.2899, -0.6379], [-0.6968, -0.8738, -0.2594, 0.4972, -0.2452, 0.5288, 0.5412, -0.8482], [-0.9034, -0.2187, 0.1281, 0.5905, 0.781, -0.2078, -0.1312, -0.7699], [-0.6321, 0.4286, 0.276, 0.6118, 0.0371, 0.5089, -0.5378, 0.7339], [0.8855, 0.5552, -0.663, 0.3186, 0.9867, -0.8834, 0.4416, -0.7981], [-0.0497, -0.239, -0.5349, -0.7783, -0.4072, 0.1412, 0.9578, -0.0572]]]]> : tensor<1x2x12x8xf32>
  %squared_grid_out = call @squared_grid(%squared_grid_in0) : (tensor<1x2x12x8xf32>) -> tensor<1x2x12x8xf32>
  %squared_grid_b0 = bufferization.to_buffer %squared_grid_out : tensor<1x2x12x8xf32> to memref<1x2x12x8xf32>
  %squared_grid_u0 = memref.cast %squared_grid_b0 : memref<1x2x12x8xf32> to memref<*xf32>
  call @printMemrefF32(%squared_grid_u0) : (memref<*xf32>) -> ()
  return
}

