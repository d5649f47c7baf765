// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// Hugging Face LlamaRotaryEmbedding + apply_rotary_pos_emb, frequencies
// generated inline as torch-mlir emits them: inv_freq[None, :, None] @
// position_ids[:, None, :].float() is a K=1 batch_matmul, then transpose,
// cat(freqs, freqs), cos/sin times attention_scaling. q's rotate_half is
// written with insert_slice, k's with concat; GQA (4 and 2 heads). All of it
// becomes one rope.freqs with the IR's inv_freq bits and one two-input
// rope.rotate with scale = attention_scaling.

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bc4 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (0, d2)>
// CHECK-LABEL: func.func @llama
// CHECK-SAME: (%[[Q:.+]]: tensor<1x4x5x8xf32>, %[[K:.+]]: tensor<1x2x5x8xf32>, %[[POS:.+]]: tensor<1x5xi64>)
// CHECK: %[[T:.+]] = rope.freqs %[[POS]] {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03>} : tensor<1x5xi64>
// CHECK: %[[R:.+]]:2 = rope.rotate half %[[Q]], %[[K]] : tensor<1x4x5x8xf32>, tensor<1x2x5x8xf32> angles(%[[T]] : tensor<1x5x4xf32>) {rotary_dim = 8 : i64, scale = 1.500000e+00 : f32, table_maps = [#[[$ROWS]], #[[$ROWS]]]}
// CHECK-NOT: linalg.batch_matmul
// CHECK-NOT: math.cos
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @llama(%q: tensor<1x4x5x8xf32>, %k: tensor<1x2x5x8xf32>, %pos: tensor<1x5xi64>) -> (tensor<1x4x5x8xf32>, tensor<1x2x5x8xf32>) {
  %inv = arith.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %c0 = arith.constant 0.0 : f32
  %scale = arith.constant 1.5 : f32
  %inv3 = tensor.expand_shape %inv [[0, 1, 2]] output_shape [1, 4, 1] : tensor<4xf32> into tensor<1x4x1xf32>
  %pos3 = tensor.expand_shape %pos [[0, 1], [2]] output_shape [1, 1, 5] : tensor<1x5xi64> into tensor<1x1x5xi64>
  %pe = tensor.empty() : tensor<1x1x5xf32>
  %posf = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%pos3 : tensor<1x1x5xi64>) outs(%pe : tensor<1x1x5xf32>) {
  ^bb0(%a: i64, %o: f32):
    %f = arith.sitofp %a : i64 to f32
    linalg.yield %f : f32
  } -> tensor<1x1x5xf32>
  %fe = tensor.empty() : tensor<1x4x5xf32>
  %fz = linalg.fill ins(%c0 : f32) outs(%fe : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %mm = linalg.batch_matmul ins(%inv3, %posf : tensor<1x4x1xf32>, tensor<1x1x5xf32>) outs(%fz : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %te = tensor.empty() : tensor<1x5x4xf32>
  %freqs = linalg.transpose ins(%mm : tensor<1x4x5xf32>) outs(%te : tensor<1x5x4xf32>) permutation = [0, 2, 1]
  %emb = tensor.concat dim(2) %freqs, %freqs : (tensor<1x5x4xf32>, tensor<1x5x4xf32>) -> tensor<1x5x8xf32>
  %ce = tensor.empty() : tensor<1x5x8xf32>
  %cos = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%emb : tensor<1x5x8xf32>) outs(%ce : tensor<1x5x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %c = math.cos %a : f32
    %m = arith.mulf %c, %scale : f32
    linalg.yield %m : f32
  } -> tensor<1x5x8xf32>
  %sin = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%emb : tensor<1x5x8xf32>) outs(%ce : tensor<1x5x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = math.sin %a : f32
    %m = arith.mulf %s, %scale : f32
    linalg.yield %m : f32
  } -> tensor<1x5x8xf32>
  %c4 = tensor.expand_shape %cos [[0, 1], [2], [3]] output_shape [1, 1, 5, 8] : tensor<1x5x8xf32> into tensor<1x1x5x8xf32>
  %s4 = tensor.expand_shape %sin [[0, 1], [2], [3]] output_shape [1, 1, 5, 8] : tensor<1x5x8xf32> into tensor<1x1x5x8xf32>
  %qe = tensor.empty() : tensor<1x4x5x8xf32>
  %qc = linalg.generic {indexing_maps = [#id4, #bc4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q, %c4 : tensor<1x4x5x8xf32>, tensor<1x1x5x8xf32>) outs(%qe : tensor<1x4x5x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x4x5x8xf32>
  %q1 = tensor.extract_slice %q[0, 0, 0, 0] [1, 4, 5, 4] [1, 1, 1, 1] : tensor<1x4x5x8xf32> to tensor<1x4x5x4xf32>
  %q2 = tensor.extract_slice %q[0, 0, 0, 4] [1, 4, 5, 4] [1, 1, 1, 1] : tensor<1x4x5x8xf32> to tensor<1x4x5x4xf32>
  %qn = tensor.empty() : tensor<1x4x5x4xf32>
  %q2n = linalg.negf ins(%q2 : tensor<1x4x5x4xf32>) outs(%qn : tensor<1x4x5x4xf32>) -> tensor<1x4x5x4xf32>
  %qr = tensor.empty() : tensor<1x4x5x8xf32>
  %qi1 = tensor.insert_slice %q2n into %qr[0, 0, 0, 0] [1, 4, 5, 4] [1, 1, 1, 1] : tensor<1x4x5x4xf32> into tensor<1x4x5x8xf32>
  %qrot = tensor.insert_slice %q1 into %qi1[0, 0, 0, 4] [1, 4, 5, 4] [1, 1, 1, 1] : tensor<1x4x5x4xf32> into tensor<1x4x5x8xf32>
  %qs = linalg.generic {indexing_maps = [#id4, #bc4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%qrot, %s4 : tensor<1x4x5x8xf32>, tensor<1x1x5x8xf32>) outs(%qe : tensor<1x4x5x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x4x5x8xf32>
  %qo = linalg.add ins(%qc, %qs : tensor<1x4x5x8xf32>, tensor<1x4x5x8xf32>) outs(%qe : tensor<1x4x5x8xf32>) -> tensor<1x4x5x8xf32>
  %ke = tensor.empty() : tensor<1x2x5x8xf32>
  %kc = linalg.generic {indexing_maps = [#id4, #bc4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k, %c4 : tensor<1x2x5x8xf32>, tensor<1x1x5x8xf32>) outs(%ke : tensor<1x2x5x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x2x5x8xf32>
  %k1 = tensor.extract_slice %k[0, 0, 0, 0] [1, 2, 5, 4] [1, 1, 1, 1] : tensor<1x2x5x8xf32> to tensor<1x2x5x4xf32>
  %k2 = tensor.extract_slice %k[0, 0, 0, 4] [1, 2, 5, 4] [1, 1, 1, 1] : tensor<1x2x5x8xf32> to tensor<1x2x5x4xf32>
  %kn = tensor.empty() : tensor<1x2x5x4xf32>
  %k2n = linalg.negf ins(%k2 : tensor<1x2x5x4xf32>) outs(%kn : tensor<1x2x5x4xf32>) -> tensor<1x2x5x4xf32>
  %krot = tensor.concat dim(3) %k2n, %k1 : (tensor<1x2x5x4xf32>, tensor<1x2x5x4xf32>) -> tensor<1x2x5x8xf32>
  %ks = linalg.generic {indexing_maps = [#id4, #bc4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%krot, %s4 : tensor<1x2x5x8xf32>, tensor<1x1x5x8xf32>) outs(%ke : tensor<1x2x5x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x2x5x8xf32>
  %ko = linalg.add ins(%kc, %ks : tensor<1x2x5x8xf32>, tensor<1x2x5x8xf32>) outs(%ke : tensor<1x2x5x8xf32>) -> tensor<1x2x5x8xf32>
  return %qo, %ko : tensor<1x4x5x8xf32>, tensor<1x2x5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %llama_in0 = arith.constant dense<[[[[0.0588, 0.3778, -0.3114, -0.2374, -0.0338, 0.7605, 0.6851, 0.2467], [-0.4648, 0.7599, 0.7109, -0.0306, 0.6708, -0.6149, -0.0109, 0.8416], [-0.6535, -0.3102, 0.0159, -0.6026, -0.2268, -0.7705, -0.1845, -0.7602], [-0.3984, 0.5776, -0.3649, 0.9923, 0.8335, 0.3687, 0.6974, -0.8093], [0.5724, -0.9508, 0.032, -0.1947, 0.2135, 0.0099, -0.8031, 0.476]], [[0.5892, -0.0249, -0.1529, 0.0775, 0.2413, 0.9143, 0.424, 0.2869], [-0.236, 0.126, -0.9359, -0.9291, -0.4203, 0.709, 0.3302, -0.8725], [-0.3783, 0.839, 0.8575, -0.626, -0.1097, 0.1098, 0.6115, -0.0172], [0.6427, -0.4502, 0.204, 0.9823, -0.2092, -0.1413, -0.6521, -0.5049], [-0.5583, 0.9519, -0.9761, 0.1131, -0.5945, 0.16, 0.6899, -0.5053]], [[-0.2727, -0.1023, -0.9135, 0.0477, -0.8592, -0.1432, -0.0731, -0.6089], [0.0308, 0.8835, -0.882, -0.9889, 0.2069, -0.6803, 0.7643, 0.91], [-0.0745, -0.125, 0.1751, -0.3398, 0.4672, 0.0513, -0.4167, -0.0675], [0.7234, -0.6837, 0.2444, -0.1301, -0.016, 0.554, -0.5235, 0.5645], [0.6246, -0.7975, 0.7402, -0.8344, -0.0742, 0.0174, 0.9483, 0.4876]], [[0.2212, -0.0988, 0.5514, 0.0098, 0.6357, -0.0243, -0.0735, -0.1297], [-0.6058, 0.4977, 0.7299, -0.2893, -0.5179, -0.1141, 0.3194, 0.7711], [0.0022, 0.5995, -0.1692, -0.8998, 0.7768, -0.5489, 0.6244, -0.9669], [-0.8458, 0.9746, -0.6468, -0.7162, -0.2084, -0.3806, -0.2252, -0.7223], [0.9385, -0.5735, -0.0909, -0.5305, 0.5059, -0.4735, -0.5103, 0.6313]]]]> : tensor<1x4x5x8xf32>
  %llama_in1 = arith.constant dense<[[[[-0.24, 0.1492, -0.8237, -0.478, 0.3134, -0.6437, -0.8182, -0.2426], [0.1582, 0.5317, 0.5858, -0.3714, 0.4526, -0.8989, -0.1577, -0.3903], [0.0273, 0.8897, -0.3472, -0.1216, 0.4667, 0.3682, -0.2677, -0.0479], [0.2548, -0.2036, 0.077, -0.9475, 0.8446, -0.1422, 0.8267, 0.2551], [-0.2044, 0.8592, 0.2926, 0.7197, -0.4697, 0.5858, -0.0662, -0.6619]], [[-0.9292, 0.6721, 0.0695, 0.8445, -0.6453, 0.6678, -0.8631, -0.4146], [0.1225, 0.516, 0.6853, 0.9463, -0.1168, -0.144, 0.6321, 0.6361], [0.9777, -0.3214, 0.2079, -0.3623, -0.5422, 0.8793, -0.3451, -0.0275], [-0.0638, -0.9973, -0.9117, 0.8545, -0.1054, -0.118, 0.119, 0.1149], [0.5534, 0.3341, 0.3657, 0.644, -0.5807, 0.6145, 0.4367, 0.2578]]]]> : tensor<1x2x5x8xf32>
  %llama_in2 = arith.constant dense<[[0, 7, 5, 2, 6]]> : tensor<1x5xi64>
  %llama_out:2 = call @llama(%llama_in0, %llama_in1, %llama_in2) : (tensor<1x4x5x8xf32>, tensor<1x2x5x8xf32>, tensor<1x5xi64>) -> (tensor<1x4x5x8xf32>, tensor<1x2x5x8xf32>)
  %llama_b0 = bufferization.to_buffer %llama_out#0 : tensor<1x4x5x8xf32> to memref<1x4x5x8xf32>
  %llama_u0 = memref.cast %llama_b0 : memref<1x4x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%llama_u0) : (memref<*xf32>) -> ()
  %llama_b1 = bufferization.to_buffer %llama_out#1 : tensor<1x2x5x8xf32> to memref<1x2x5x8xf32>
  %llama_u1 = memref.cast %llama_b1 : memref<1x2x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%llama_u1) : (memref<*xf32>) -> ()
  return
}

// -----
// inv_freq computed in the IR, 1 / 10000^(2i/D) with powf, and the
// positions an arange (linalg.index); the outer product a generic and cos/sin
// taken inside the final generic. rope.freqs gets the f32 values the IR
// computes (evaluated in f32, op by op) and `length` for the arange.

#r2 = affine_map<(d0, d1) -> (d0)>
#c2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#id1 = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @computed_inv_freq
// CHECK-SAME: (%[[X:.+]]: tensor<6x2x8xf32>)
// CHECK: %[[T:.+]] = rope.freqs length 6 {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 1.000000e-01, 0.00999999977, {{.+}}>}
// CHECK: rope.rotate half %[[X]] : tensor<6x2x8xf32> angles(%[[T]] : tensor<6x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
func.func @computed_inv_freq(%x: tensor<6x2x8xf32>) -> tensor<6x2x8xf32> {
  %ie = tensor.empty() : tensor<4xf32>
  %inv = linalg.generic {indexing_maps = [#id1], iterator_types = ["parallel"]} outs(%ie : tensor<4xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 0 : index
    %c2 = arith.constant 2 : index
    %two_i = arith.muli %i, %c2 : index
    %ii = arith.index_cast %two_i : index to i64
    %fi = arith.sitofp %ii : i64 to f32
    %d = arith.constant 8.0 : f32
    %e = arith.divf %fi, %d : f32
    %theta = arith.constant 10000.0 : f32
    %p = math.powf %theta, %e : f32
    %one = arith.constant 1.0 : f32
    %w = arith.divf %one, %p : f32
    linalg.yield %w : f32
  } -> tensor<4xf32>
  %pe = tensor.empty() : tensor<6xi64>
  %pos = linalg.generic {indexing_maps = [#id1], iterator_types = ["parallel"]} outs(%pe : tensor<6xi64>) {
  ^bb0(%o: i64):
    %i = linalg.index 0 : index
    %v = arith.index_cast %i : index to i64
    linalg.yield %v : i64
  } -> tensor<6xi64>
  %fe = tensor.empty() : tensor<6x4xf32>
  %freqs = linalg.generic {indexing_maps = [#r2, #c2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<6xi64>, tensor<4xf32>) outs(%fe : tensor<6x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<6x4xf32>
  %emb = tensor.concat dim(1) %freqs, %freqs : (tensor<6x4xf32>, tensor<6x4xf32>) -> tensor<6x8xf32>
  %x1 = tensor.extract_slice %x[0, 0, 0] [6, 2, 4] [1, 1, 1] : tensor<6x2x8xf32> to tensor<6x2x4xf32>
  %x2 = tensor.extract_slice %x[0, 0, 4] [6, 2, 4] [1, 1, 1] : tensor<6x2x8xf32> to tensor<6x2x4xf32>
  %n = arith.negf %x2 : tensor<6x2x4xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<6x2x4xf32>, tensor<6x2x4xf32>) -> tensor<6x2x8xf32>
  %e = tensor.empty() : tensor<6x2x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %rot, %emb : tensor<6x2x8xf32>, tensor<6x2x8xf32>, tensor<6x8xf32>) outs(%e : tensor<6x2x8xf32>) {
  ^bb0(%a: f32, %b: f32, %t: f32, %o: f32):
    %c = math.cos %t : f32
    %s = math.sin %t : f32
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %y = arith.addf %ac, %bs : f32
    linalg.yield %y : f32
  } -> tensor<6x2x8xf32>
  return %r : tensor<6x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %computed_inv_freq_in0 = arith.constant dense<[[[-0.2773, 0.3211, 0.638, -0.9017, -0.1729, 0.1661, 0.2632, -0.3217], [0.1487, -0.2283, -0.8337, -0.6866, 0.546, -0.6462, -0.7532, -0.8326]], [[-0.3059, 0.6629, -0.9949, -0.2619, -0.7446, 0.7072, 0.492, -0.083], [0.0771, 0.8619, 0.6493, 0.2832, 0.4848, -0.229, -0.7462, -0.7065]], [[-0.607, 0.9624, 0.9479, 0.4558, -0.1072, 0.0028, -0.2641, 0.3599], [0.5344, 0.073, 0.2177, -0.0018, 0.7536, 0.0777, -0.9315, -0.4203]], [[-0.5525, -0.8903, 0.3623, -0.629, -0.8575, -0.8125, 0.5802, -0.7771], [0.7118, 0.5253, 0.8244, -0.8392, 0.7797, 0.9015, -0.0305, -0.5897]], [[0.9258, 0.5899, -0.8128, 0.139, -0.2066, -0.9921, -0.609, 0.1242], [-0.8271, 0.9805, -0.9216, -0.4022, -0.6683, 0.3144, -0.8785, -0.1815]], [[-0.6195, -0.4491, 0.514, -0.5624, 0.0727, -0.4317, -0.9562, 0.3323], [-0.9067, -0.7227, -0.3774, -0.8267, -0.931, 0.3325, 0.781, -0.4722]]]> : tensor<6x2x8xf32>
  %computed_inv_freq_out = call @computed_inv_freq(%computed_inv_freq_in0) : (tensor<6x2x8xf32>) -> tensor<6x2x8xf32>
  %computed_inv_freq_b0 = bufferization.to_buffer %computed_inv_freq_out : tensor<6x2x8xf32> to memref<6x2x8xf32>
  %computed_inv_freq_u0 = memref.cast %computed_inv_freq_b0 : memref<6x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%computed_inv_freq_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Linear scaling (position interpolation) written on the positions:
// (p * 0.25) * w is rope.freqs' position_scale.

#r2 = affine_map<(d0, d1) -> (d0)>
#c2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @position_scale
// CHECK: rope.freqs %{{.+}} {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 5.000000e-01, 2.500000e-01, 1.250000e-01>, position_scale = 2.500000e-01 : f32} : tensor<5xi32>
// CHECK: rope.rotate half
func.func @position_scale(%x: tensor<5x8xf32>, %pos: tensor<5xi32>) -> tensor<5x8xf32> {
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125]> : tensor<4xf32>
  %fe = tensor.empty() : tensor<5x4xf32>
  %freqs = linalg.generic {indexing_maps = [#r2, #c2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<5xi32>, tensor<4xf32>) outs(%fe : tensor<5x4xf32>) {
  ^bb0(%p: i32, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i32 to f32
    %q = arith.constant 0.25 : f32
    %ps = arith.mulf %pf, %q : f32
    %m = arith.mulf %ps, %w : f32
    linalg.yield %m : f32
  } -> tensor<5x4xf32>
  %emb = tensor.concat dim(1) %freqs, %freqs : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %c = math.cos %emb : tensor<5x8xf32>
  %s = math.sin %emb : tensor<5x8xf32>
  %x1 = tensor.extract_slice %x[0, 0] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %n = arith.negf %x2 : tensor<5x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %a = arith.mulf %x, %c : tensor<5x8xf32>
  %b = arith.mulf %rot, %s : tensor<5x8xf32>
  %r = arith.addf %a, %b : tensor<5x8xf32>
  return %r : tensor<5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %position_scale_in0 = arith.constant dense<[[-0.1172, -0.4453, 0.9177, -0.5338, -0.7305, -0.9112, -0.2988, 0.8552], [0.4539, 0.1531, -0.9465, 0.7959, 0.2654, 0.7829, 0.3578, -0.0661], [-0.4399, -0.5058, 0.6611, 0.5181, -0.1915, 0.1931, -0.3204, 0.4247], [0.1739, 0.9892, 0.6416, -0.2284, -0.3802, 0.9199, 0.8906, -0.1937], [0.6504, 0.6133, -0.7525, 0.1396, 0.1942, -0.1811, -0.5159, -0.6621]]> : tensor<5x8xf32>
  %position_scale_in1 = arith.constant dense<[6, 4, 4, 6, 5]> : tensor<5xi32>
  %position_scale_out = call @position_scale(%position_scale_in0, %position_scale_in1) : (tensor<5x8xf32>, tensor<5xi32>) -> tensor<5x8xf32>
  %position_scale_b0 = bufferization.to_buffer %position_scale_out : tensor<5x8xf32> to memref<5x8xf32>
  %position_scale_u0 = memref.cast %position_scale_b0 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%position_scale_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// The angle table emb [S, D] is given: nothing proves emb[.., i] equals
// emb[.., i + D/2], so the IR's own cos/sin tensors are used element by
// element (per-element cos_sin of width D), never an angle per pair.

// CHECK-LABEL: func.func @given_emb
// CHECK-SAME: (%[[X:.+]]: tensor<5x8xf32>, %[[EMB:.+]]: tensor<5x8xf32>)
// CHECK: %[[C:.+]] = math.cos %[[EMB]] : tensor<5x8xf32>
// CHECK: %[[S:.+]] = math.sin %[[EMB]] : tensor<5x8xf32>
// CHECK: rope.rotate half %[[X]] : tensor<5x8xf32> cos_sin(%[[C]], %[[S]] : tensor<5x8xf32>, tensor<5x8xf32>) {rotary_dim = 8 : i64
// CHECK-NOT: angles(
func.func @given_emb(%x: tensor<5x8xf32>, %emb: tensor<5x8xf32>) -> tensor<5x8xf32> {
  %c = math.cos %emb : tensor<5x8xf32>
  %s = math.sin %emb : tensor<5x8xf32>
  %x1 = tensor.extract_slice %x[0, 0] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %n = arith.negf %x2 : tensor<5x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %a = arith.mulf %x, %c : tensor<5x8xf32>
  %b = arith.mulf %rot, %s : tensor<5x8xf32>
  %r = arith.addf %a, %b : tensor<5x8xf32>
  return %r : tensor<5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %given_emb_in0 = arith.constant dense<[[0.948, 0.408, 0.2778, 0.2765, -0.6577, -0.2337, -0.0269, -0.2821], [0.3655, -0.9213, -0.1356, -0.866, 0.0711, 0.4844, -0.5229, 0.5029], [0.8981, -0.3223, -0.9331, -0.5219, 0.3716, 0.2692, -0.762, -0.0187], [0.2628, -0.2259, 0.9416, 0.3662, 0.5338, -0.2473, -0.3083, -0.6386], [0.7051, 0.3817, -0.806, 0.017, 0.4966, 0.1387, 0.5276, -0.3215]]> : tensor<5x8xf32>
  %given_emb_in1 = arith.constant dense<[[0.7965, -0.8132, 0.3794, 0.1587, -0.1833, -0.1953, -0.1652, -0.9263], [-0.5399, 0.3023, 0.8647, -0.0197, 0.4994, -0.914, 0.221, -0.3094], [-0.8863, 0.1918, 0.9951, -0.1056, -0.0798, 0.8874, 0.2473, -0.9552], [-0.681, -0.5802, 0.0861, -0.1699, 0.4478, 0.6049, 0.9722, -0.7553], [0.6401, 0.8355, -0.1655, -0.6529, 0.574, -0.9951, 0.872, -0.2976]]> : tensor<5x8xf32>
  %given_emb_out = call @given_emb(%given_emb_in0, %given_emb_in1) : (tensor<5x8xf32>, tensor<5x8xf32>) -> tensor<5x8xf32>
  %given_emb_b0 = bufferization.to_buffer %given_emb_out : tensor<5x8xf32> to memref<5x8xf32>
  %given_emb_u0 = memref.cast %given_emb_b0 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%given_emb_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: cos and sin of different positions (pos for cos, pos2 for sin),
// computed inside the generic that applies them: no angle is shared and no
// tensor holds the cos/sin values, so nothing is raised.

#id2 = affine_map<(d0, d1) -> (d0, d1)>
#p2 = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @mismatched_positions
// CHECK-NOT: rope.
// CHECK: return
func.func @mismatched_positions(%x: tensor<5x8xf32>, %pos: tensor<5xi64>, %pos2: tensor<5xi64>) -> tensor<5x8xf32> {
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125, 1.0, 0.5, 0.25, 0.125]> : tensor<8xf32>
  %x1 = tensor.extract_slice %x[0, 0] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %n = arith.negf %x2 : tensor<5x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %e = tensor.empty() : tensor<5x8xf32>
  %r = linalg.generic {indexing_maps = [#id2, #id2, #p2, #p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%x, %rot, %pos, %pos2 : tensor<5x8xf32>, tensor<5x8xf32>, tensor<5xi64>, tensor<5xi64>) outs(%e : tensor<5x8xf32>) {
  ^bb0(%a: f32, %b: f32, %p: i64, %p2: i64, %o: f32):
    %j = linalg.index 1 : index
    %w = tensor.extract %inv[%j] : tensor<8xf32>
    %pf = arith.sitofp %p : i64 to f32
    %pf2 = arith.sitofp %p2 : i64 to f32
    %t = arith.mulf %pf, %w : f32
    %t2 = arith.mulf %pf2, %w : f32
    %c = math.cos %t : f32
    %s = math.sin %t2 : f32
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %y = arith.addf %ac, %bs : f32
    linalg.yield %y : f32
  } -> tensor<5x8xf32>
  return %r : tensor<5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %mismatched_positions_in0 = arith.constant dense<[[-0.1902, 0.4389, 0.2494, -0.9239, -0.9095, -0.9416, -0.4477, -0.2385], [-0.2628, -0.3559, 0.1996, 0.8523, -0.87, -0.8109, 0.2584, 0.7656], [0.7024, -0.2449, -0.2169, 0.2702, -0.9861, 0.4759, 0.5427, -0.8705], [-0.4829, -0.7456, -0.8409, 0.6529, -0.6233, 0.9843, -0.7951, -0.4288], [-0.7206, 0.1522, -0.9797, 0.6188, -0.8399, -0.3792, -0.8183, 0.834]]> : tensor<5x8xf32>
  %mismatched_positions_in1 = arith.constant dense<[3, 1, 6, 5, 0]> : tensor<5xi64>
  %mismatched_positions_in2 = arith.constant dense<[1, 5, 5, 4, 2]> : tensor<5xi64>
  %mismatched_positions_out = call @mismatched_positions(%mismatched_positions_in0, %mismatched_positions_in1, %mismatched_positions_in2) : (tensor<5x8xf32>, tensor<5xi64>, tensor<5xi64>) -> tensor<5x8xf32>
  %mismatched_positions_b0 = bufferization.to_buffer %mismatched_positions_out : tensor<5x8xf32> to memref<5x8xf32>
  %mismatched_positions_u0 = memref.cast %mismatched_positions_b0 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%mismatched_positions_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: the two halves of emb use different frequencies
// (cat(freqs, freqs2)); per-pair angles would be wrong. The cos/sin tensors
// the IR computes are used element by element instead.

#r2 = affine_map<(d0, d1) -> (d0)>
#c2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @different_halves
// CHECK-NOT: rope.freqs
// CHECK: rope.rotate half %{{.+}} : tensor<5x8xf32> cos_sin(%{{.+}}, %{{.+}} : tensor<5x8xf32>, tensor<5x8xf32>)
func.func @different_halves(%x: tensor<5x8xf32>, %pos: tensor<5xi64>) -> tensor<5x8xf32> {
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125]> : tensor<4xf32>
  %inv2 = arith.constant dense<[1.0, 0.5, 0.25, 0.0625]> : tensor<4xf32>
  %fe = tensor.empty() : tensor<5x4xf32>
  %f1 = linalg.generic {indexing_maps = [#r2, #c2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<5xi64>, tensor<4xf32>) outs(%fe : tensor<5x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<5x4xf32>
  %f2 = linalg.generic {indexing_maps = [#r2, #c2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv2 : tensor<5xi64>, tensor<4xf32>) outs(%fe : tensor<5x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<5x4xf32>
  %emb = tensor.concat dim(1) %f1, %f2 : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %c = math.cos %emb : tensor<5x8xf32>
  %s = math.sin %emb : tensor<5x8xf32>
  %x1 = tensor.extract_slice %x[0, 0] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %n = arith.negf %x2 : tensor<5x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %a = arith.mulf %x, %c : tensor<5x8xf32>
  %b = arith.mulf %rot, %s : tensor<5x8xf32>
  %r = arith.addf %a, %b : tensor<5x8xf32>
  return %r : tensor<5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %different_halves_in0 = arith.constant dense<[[0.788, 0.2263, 0.4005, -0.8264, 0.2256, 0.7433, -0.3702, 0.8452], [-0.9857, 0.3486, -0.013, -0.4114, 0.3769, -0.0932, -0.0406, -0.2087], [-0.6107, -0.9051, -0.2758, 0.9665, -0.2737, -0.5074, -0.5622, -0.8131], [0.3399, 0.6313, -0.1919, -0.0046, 0.0428, 0.6612, 0.6336, -0.9394], [0.4635, -0.4965, -0.9023, -0.0536, -0.108, -0.224, -0.4556, -0.3716]]> : tensor<5x8xf32>
  %different_halves_in1 = arith.constant dense<[5, 5, 6, 6, 5]> : tensor<5xi64>
  %different_halves_out = call @different_halves(%different_halves_in0, %different_halves_in1) : (tensor<5x8xf32>, tensor<5xi64>) -> tensor<5x8xf32>
  %different_halves_b0 = bufferization.to_buffer %different_halves_out : tensor<5x8xf32> to memref<5x8xf32>
  %different_halves_u0 = memref.cast %different_halves_b0 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%different_halves_u0) : (memref<*xf32>) -> ()
  return
}

