// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// RoPE inside an attention block: q/k/v projections (matmul), head split
// (expand_shape) and transpose, HF RoPE with inline frequencies, then
// q.k^T, softmax and the product with v. The rotations of q and k become
// one rope.rotate on the transposed projections; everything else stays.
// The cos table is also returned and rotate_half(q) also feeds another op:
// both stay computed (intermediates other ops read are never removed).

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#red = affine_map<(d0, d1, d2) -> (d0, d1)>
#p2 = affine_map<(d0, d1) -> (d0)>
#w2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @attention
// CHECK-SAME: (%[[H:.+]]: tensor<4x16xf32>, %[[WQ:.+]]: tensor<16x16xf32>, %[[WK:.+]]: tensor<16x16xf32>, %[[WV:.+]]: tensor<16x16xf32>, %[[POS:.+]]: tensor<4xi64>)
// CHECK: linalg.matmul
// CHECK: %[[QT:.+]] = linalg.transpose
// CHECK: %[[KT:.+]] = linalg.transpose
// CHECK: %[[COS:.+]] = linalg.generic {{.+}} ins(%{{.+}} : tensor<4x8xf32>)
// CHECK: math.cos
// CHECK: %[[T:.+]] = rope.freqs %[[POS]] {dim = 8 : i64
// CHECK: %[[R:.+]]:2 = rope.rotate half %[[QT]], %[[KT]] : tensor<2x4x8xf32>, tensor<2x4x8xf32> angles(%[[T]] : tensor<4x4xf32>)
// CHECK: linalg.batch_matmul ins(%[[R]]#0, %{{.+}} :
// CHECK: return {{.+}}, %[[COS]], %{{.+}} :
func.func @attention(%h: tensor<4x16xf32>, %wq: tensor<16x16xf32>, %wk: tensor<16x16xf32>, %wv: tensor<16x16xf32>, %pos: tensor<4xi64>) -> (tensor<2x4x8xf32>, tensor<4x8xf32>, tensor<2x4x8xf32>) {
  %zero = arith.constant 0.0 : f32
  %e16 = tensor.empty() : tensor<4x16xf32>
  %z16 = linalg.fill ins(%zero : f32) outs(%e16 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %q = linalg.matmul ins(%h, %wq : tensor<4x16xf32>, tensor<16x16xf32>) outs(%z16 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %k = linalg.matmul ins(%h, %wk : tensor<4x16xf32>, tensor<16x16xf32>) outs(%z16 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %v = linalg.matmul ins(%h, %wv : tensor<4x16xf32>, tensor<16x16xf32>) outs(%z16 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %q3 = tensor.expand_shape %q [[0], [1, 2]] output_shape [4, 2, 8] : tensor<4x16xf32> into tensor<4x2x8xf32>
  %k3 = tensor.expand_shape %k [[0], [1, 2]] output_shape [4, 2, 8] : tensor<4x16xf32> into tensor<4x2x8xf32>
  %v3 = tensor.expand_shape %v [[0], [1, 2]] output_shape [4, 2, 8] : tensor<4x16xf32> into tensor<4x2x8xf32>
  %et = tensor.empty() : tensor<2x4x8xf32>
  %qt = linalg.transpose ins(%q3 : tensor<4x2x8xf32>) outs(%et : tensor<2x4x8xf32>) permutation = [1, 0, 2]
  %kt = linalg.transpose ins(%k3 : tensor<4x2x8xf32>) outs(%et : tensor<2x4x8xf32>) permutation = [1, 0, 2]
  %vt = linalg.transpose ins(%v3 : tensor<4x2x8xf32>) outs(%et : tensor<2x4x8xf32>) permutation = [1, 0, 2]
  // Frequencies.
  %inv = arith.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %fe = tensor.empty() : tensor<4x4xf32>
  %freqs = linalg.generic {indexing_maps = [#p2, #w2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<4xi64>, tensor<4xf32>) outs(%fe : tensor<4x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<4x4xf32>
  %emb = tensor.concat dim(1) %freqs, %freqs : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  %ce = tensor.empty() : tensor<4x8xf32>
  %cos = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%emb : tensor<4x8xf32>) outs(%ce : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %c = math.cos %a : f32
    linalg.yield %c : f32
  } -> tensor<4x8xf32>
  %sin = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%emb : tensor<4x8xf32>) outs(%ce : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = math.sin %a : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %c3 = tensor.expand_shape %cos [[0, 1], [2]] output_shape [1, 4, 8] : tensor<4x8xf32> into tensor<1x4x8xf32>
  %s3 = tensor.expand_shape %sin [[0, 1], [2]] output_shape [1, 4, 8] : tensor<4x8xf32> into tensor<1x4x8xf32>
  // q
  %q1 = tensor.extract_slice %qt[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %q2 = tensor.extract_slice %qt[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %e4 = tensor.empty() : tensor<2x4x4xf32>
  %q2n = linalg.negf ins(%q2 : tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %qrot = tensor.concat dim(2) %q2n, %q1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %qe = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%qt, %qrot, %c3, %s3 : tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) outs(%et : tensor<2x4x8xf32>) {
  ^bb0(%x: f32, %y: f32, %cc: f32, %ss: f32, %o: f32):
    %a = arith.mulf %x, %cc : f32
    %b = arith.mulf %y, %ss : f32
    %z = arith.addf %a, %b : f32
    linalg.yield %z : f32
  } -> tensor<2x4x8xf32>
  // k
  %k1 = tensor.extract_slice %kt[0, 0, 0] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %k2 = tensor.extract_slice %kt[0, 0, 4] [2, 4, 4] [1, 1, 1] : tensor<2x4x8xf32> to tensor<2x4x4xf32>
  %k2n = linalg.negf ins(%k2 : tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %krot = tensor.concat dim(2) %k2n, %k1 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
  %ke = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%kt, %krot, %c3, %s3 : tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) outs(%et : tensor<2x4x8xf32>) {
  ^bb0(%x: f32, %y: f32, %cc: f32, %ss: f32, %o: f32):
    %a = arith.mulf %x, %cc : f32
    %b = arith.mulf %y, %ss : f32
    %z = arith.addf %a, %b : f32
    linalg.yield %z : f32
  } -> tensor<2x4x8xf32>
  // scores = q k^T, softmax over keys, times v.
  %ekt = tensor.empty() : tensor<2x8x4xf32>
  %ktt = linalg.transpose ins(%ke : tensor<2x4x8xf32>) outs(%ekt : tensor<2x8x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<2x4x4xf32>
  %zs = linalg.fill ins(%zero : f32) outs(%es : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %scores = linalg.batch_matmul ins(%qe, %ktt : tensor<2x4x8xf32>, tensor<2x8x4xf32>) outs(%zs : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %ex = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%scores : tensor<2x4x4xf32>) outs(%es : tensor<2x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %x = math.exp %a : f32
    linalg.yield %x : f32
  } -> tensor<2x4x4xf32>
  %er = tensor.empty() : tensor<2x4xf32>
  %zr = linalg.fill ins(%zero : f32) outs(%er : tensor<2x4xf32>) -> tensor<2x4xf32>
  %sum = linalg.generic {indexing_maps = [#id3, #red], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ex : tensor<2x4x4xf32>) outs(%zr : tensor<2x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %x = arith.addf %a, %acc : f32
    linalg.yield %x : f32
  } -> tensor<2x4xf32>
  %prob = linalg.generic {indexing_maps = [#id3, #red, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<2x4x4xf32>, tensor<2x4xf32>) outs(%es : tensor<2x4x4xf32>) {
  ^bb0(%a: f32, %s: f32, %o: f32):
    %x = arith.divf %a, %s : f32
    linalg.yield %x : f32
  } -> tensor<2x4x4xf32>
  %zo = linalg.fill ins(%zero : f32) outs(%et : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %out = linalg.batch_matmul ins(%prob, %vt : tensor<2x4x4xf32>, tensor<2x4x8xf32>) outs(%zo : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  // rotate_half(q) is also read by something else.
  %other = linalg.add ins(%qrot, %qt : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%et : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %out, %cos, %other : tensor<2x4x8xf32>, tensor<4x8xf32>, tensor<2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %attention_in0 = arith.constant dense<[[-0.7184, 0.4959, 0.5616, -0.356, 0.9595, 0.6428, 0.0748, 0.915, -0.7761, 0.568, 0.7759, 0.8463, -0.8058, 0.3096, -0.796, -0.0695], [-0.2274, -0.6188, 0.4431, 0.7971, -0.2991, -0.2495, -0.5863, -0.9613, -0.2764, -0.7808, -0.8182, -0.6965, -0.3216, 0.974, -0.3084, -0.3894], [-0.2481, 0.3053, 0.1291, -0.8562, -0.0957, -0.5275, -0.3713, 0.5462, 0.322, 0.2803, 0.9576, 0.3601, -0.663, 0.8255, -0.4141, 0.06], [0.3785, -0.4874, -0.4137, -0.8535, -0.0062, 0.1008, 0.7705, 0.1763, -0.5145, 0.6313, -0.1307, 0.3004, -0.8837, -0.1572, 0.7063, 0.0555]]> : tensor<4x16xf32>
  %attention_in1 = arith.constant dense<[[0.3505, 0.0613, 0.0915, -0.6738, 0.961, 0.3979, -0.3766, -0.6695, 0.9218, 0.9191, -0.3865, -0.3469, 0.241, 0.6854, 0.5965, -0.0039], [-0.4703, 0.1271, -0.9042, -0.8601, 0.6362, -0.1107, 0.7705, -0.6182, 0.8408, -0.6543, 0.0187, -0.2553, -0.4893, -0.0149, 0.1438, 0.7129], [-0.6104, -0.9556, 0.4182, 0.5643, -0.8883, 0.7606, 0.024, -0.7628, -0.0477, -0.4678, -0.4736, -0.9985, 0.136, 0.5, 0.294, -0.5137], [-0.0771, 0.0034, 0.3839, 0.3871, 0.203, -0.3163, -0.6183, 0.5066, -0.6189, -0.4281, -0.6875, 0.7442, -0.0192, 0.5388, 0.54, -0.0695], [-0.3808, 0.5449, 0.8396, 0.1255, 0.9717, 0.2507, -0.5398, -0.9218, 0.4346, 0.8052, 0.1244, -0.0022, 0.462, -0.4973, 0.94, -0.9133], [-0.5402, 0.6852, -0.6849, 0.081, 0.9987, 0.1277, -0.7661, -0.8164, -0.0723, -0.7011, -0.6037, -0.7444, -0.8349, -0.9442, 0.6025, 0.2079], [0.3502, -0.4291, -0.9611, -0.2902, -0.8875, -0.5429, 0.4044, 0.5535, 0.526, 0.8095, 0.2695, 0.4733, 0.5654, -0.9407, -0.2456, 0.2626], [-0.5453, 0.8129, 0.4097, -0.8148, -0.2934, -0.877, 0.4371, 0.3128, -0.2852, 0.9025, 0.543, 0.7934, -0.8233, 0.8755, 0.7356, 0.2614], [0.7931, -0.4352, 0.5987, -0.6378, 0.3648, -0.6172, 0.9629, 0.5263, -0.2333, -0.1143, -0.8774, 0.6646, -0.7162, 0.144, 0.8399, -0.5392], [0.7916, 0.4542, 0.4979, 0.4052, 0.0718, -0.8971, -0.8621, -0.6469, 0.922, 0.0772, 0.5938, 0.3162, -0.8133, 0.5361, 0.6002, 0.2712], [-0.8608, 0.5903, 0.073, 0.4849, 0.4012, 0.68, -0.3585, -0.8356, -0.9062, 0.7957, -0.3485, 0.1884, 0.3447, -0.4409, -0.8658, 0.2832], [-0.3807, -0.3446, -0.156, -0.0345, -0.05, -0.5309, -0.823, 0.8677, -0.6894, 0.9345, 0.3813, -0.1069, -0.3796, -0.6388, -0.0895, 0.9142], [-0.4078, 0.0413, -0.3171, -0.1004, 0.4845, 0.4131, 0.763, 0.6756, 0.3095, -0.5045, -0.1345, 0.3402, 0.1597, -0.0838, -0.3182, -0.1289], [0.5004, 0.493, 0.0018, -0.4452, -0.6419, 0.2001, -0.336, 0.4567, -0.9016, 0.0097, 0.6244, -0.486, 0.3353, -0.2219, 0.8142, -0.4142], [-0.8499, -0.6935, -0.1079, -0.2871, 0.5023, -0.5649, -0.2658, -0.7919, 0.8835, -0.0657, 0.1109, 0.5963, 0.0224, 0.5597, -0.3925, 0.893], [0.3277, 0.0057, 0.9587, 0.2914, 0.6842, -0.6032, -0.103, -0.8572, 0.2882, 0.1588, 0.2576, -0.9946, -0.0423, 0.1261, 0.7648, -0.7294]]> : tensor<16x16xf32>
  %attention_in2 = arith.constant dense<[[0.3424, 0.3379, 0.3709, -0.0822, 0.0445, 0.2171, -0.3443, 0.5805, 0.357, 0.8727, 0.6468, -0.8685, 0.0141, 0.5471, 0.3379, -0.6377], [0.2182, 0.5153, -0.415, -0.8686, 0.5334, 0.1062, 0.5743, -0.5086, 0.5083, 0.7544, -0.8212, -0.7643, 0.9031, 0.4906, -0.0563, -0.7107], [-0.6582, 0.9913, -0.5848, 0.1416, -0.8373, 0.7905, -0.7189, -0.6935, 0.6624, -0.5808, -0.4037, 0.7577, 0.5184, -0.3035, -0.6313, -0.8525], [0.2099, 0.559, -0.985, 0.0285, 0.4748, -0.0768, -0.8389, 0.1737, 0.4611, -0.2165, -0.1318, 0.3448, 0.3394, -0.0478, 0.7758, -0.3516], [-0.8491, -0.2318, 0.0206, 0.5768, -0.2516, -0.1621, -0.8773, 0.923, -0.0105, 0.4495, -0.3172, 0.4243, -0.309, -0.2833, -0.3799, 0.4124], [0.1853, 0.8234, -0.6154, 0.7033, -0.7519, -0.7837, -0.8829, 0.6207, 0.9708, -0.0481, -0.8191, 0.1813, -0.2239, 0.6775, 0.1894, -0.3405], [-0.8802, -0.2876, 0.0144, -0.4341, -0.6874, 0.1847, 0.8809, -0.4364, 0.723, 0.4345, -0.4073, 0.0444, -0.4251, 0.3819, 0.1132, -0.3925], [-0.5177, -0.7675, -0.6321, 0.438, 0.2497, -0.7866, 0.8682, -0.4949, 0.5073, -0.3842, -0.0067, -0.0697, -0.7957, -0.1741, -0.2943, 0.3058], [-0.7712, -0.7223, -0.6314, -0.7621, 0.2237, 0.959, 0.0472, -0.666, 0.9887, 0.5518, 0.0803, 0.2691, 0.6947, 0.5996, 0.7973, 0.5401], [0.37, -0.9255, -0.5106, 0.524, 0.8368, -0.9363, 0.4805, 0.2226, 0.3621, 0.923, -0.3797, -0.0503, 0.6535, -0.2676, 0.7943, -0.8261], [-0.7833, 0.4177, 0.2736, 0.8497, -0.2116, 0.6944, 0.393, 0.5507, 0.1077, 0.9366, -0.4962, -0.6542, -0.0341, 0.2992, -0.6963, 0.0568], [-0.9251, -0.0487, -0.2983, -0.2654, 0.5493, -0.7547, 0.8356, -0.9758, 0.8116, 0.2644, 0.2741, -0.0069, -0.3189, 0.4548, 0.6877, 0.6468], [-0.9165, 0.4519, 0.8888, -0.6412, 0.3825, -0.5587, 0.144, -0.5007, -0.5806, 0.7938, -0.7682, 0.9978, -0.0873, 0.9309, -0.4177, -0.3112], [-0.0913, -0.0957, 0.1226, 0.97, 0.5183, 0.7955, 0.3782, 0.5757, 0.0316, -0.4891, -0.7602, -0.5181, -0.2355, -0.1183, -0.9834, -0.9571], [0.4072, -0.2586, 0.6171, 0.5786, 0.1278, 0.1661, 0.2917, 0.6156, -0.3075, -0.7662, -0.2403, 0.9306, -0.5177, 0.4554, 0.3346, 0.8548], [0.6132, 0.4178, 0.8662, -0.079, -0.134, 0.8862, 0.1089, -0.0367, -0.7677, -0.7399, -0.5539, -0.7383, -0.7641, -0.9464, -0.818, 0.2754]]> : tensor<16x16xf32>
  %attention_in3 = arith.constant dense<[[0.7694, 0.2054, -0.3845, -0.0432, 0.0581, 0.028, -0.8589, -0.0069, 0.3379, -0.5921, 0.7615, 0.1546, -0.5371, 0.6046, 0.0412, 0.1083], [0.9936, -0.7605, -0.5766, 0.169, 0.1061, 0.5227, 0.8366, -0.4237, 0.3922, 0.7316, 0.2439, 0.9737, 0.2233, -0.0777, -0.1113, 0.0665], [0.349, 0.9482, -0.0074, 0.6694, 0.6886, -0.0914, -0.6215, 0.1727, -0.8091, 0.6621, 0.8733, 0.1608, -0.5253, 0.2827, -0.497, -0.6804], [-0.7172, 0.1243, 0.458, 0.1782, -0.1244, -0.1244, 0.732, -0.6629, 0.5142, 0.9743, -0.7936, -0.9181, -0.5304, -0.6036, -0.9818, 0.2151], [0.8117, -0.6375, -0.0223, 0.2537, -0.2055, -0.8926, 0.5225, -0.3943, -0.8176, -0.4159, 0.533, 0.7506, 0.4148, 0.6362, 0.8309, -0.2663], [-0.2661, 0.9401, 0.0555, 0.6995, 0.8703, 0.836, 0.5713, 0.5571, -0.228, 0.8071, -0.179, -0.3617, -0.4108, -0.9656, -0.9444, -0.1357], [-0.1196, 0.2954, 0.525, 0.8656, -0.7187, -0.3903, -0.1782, 0.785, -0.3938, -0.8915, 0.3571, 0.8632, -0.6927, 0.2644, -0.5656, 0.3599], [0.5256, -0.8019, -0.118, 0.852, 0.4324, 0.5911, 0.2169, 0.2604, 0.8721, 0.0937, -0.2854, 0.2035, 0.9938, -0.7996, -0.4946, 0.2522], [-0.4057, -0.3023, -0.4881, -0.3363, 0.5654, -0.4848, 0.8269, 0.6855, -0.8683, 0.5629, -0.3838, 0.2427, 0.2937, -0.098, -0.6026, -0.0895], [-0.5447, 0.4905, -0.2264, -0.5553, 0.776, -0.243, 0.0905, 0.9465, 0.514, -0.2602, -0.0465, 0.6517, 0.597, 0.0446, -0.0681, -0.6856], [-0.7337, -0.6731, -0.3392, -0.4701, 0.3893, -0.1885, -0.4123, -0.9176, -0.3076, -0.8627, -0.6344, -0.4401, 0.275, -0.4497, -0.0347, -0.1243], [0.339, 0.9961, -0.0243, -0.1364, -0.6017, -0.5135, -0.6297, 0.7429, -0.8167, -0.9013, 0.1909, 0.8543, 0.6741, -0.2904, 0.5134, 0.6905], [0.3641, -0.0641, -0.9951, -0.4684, 0.443, 0.3607, 0.7339, -0.0862, -0.0841, -0.4756, 0.8263, -0.5117, 0.1083, -0.6983, -0.8656, -0.6058], [0.3632, 0.6089, -0.1087, 0.6813, 0.4201, 0.7892, -0.0366, 0.73, 0.639, -0.3653, -0.2681, 0.0657, -0.6071, -0.8809, 0.5336, -0.4279], [0.5363, 0.6417, 0.6219, 0.3237, 0.2228, -0.6575, 0.7303, -0.4289, 0.7539, 0.6943, -0.5585, 0.6378, 0.3409, -0.2631, 0.326, 0.3279], [0.6401, 0.9004, -0.0249, 0.2197, 0.7738, 0.6025, 0.8224, -0.0642, 0.5884, 0.2487, 0.3047, 0.2369, -0.7819, -0.2039, -0.8889, -0.4777]]> : tensor<16x16xf32>
  %attention_in4 = arith.constant dense<[7, 1, 0, 1]> : tensor<4xi64>
  %attention_out:3 = call @attention(%attention_in0, %attention_in1, %attention_in2, %attention_in3, %attention_in4) : (tensor<4x16xf32>, tensor<16x16xf32>, tensor<16x16xf32>, tensor<16x16xf32>, tensor<4xi64>) -> (tensor<2x4x8xf32>, tensor<4x8xf32>, tensor<2x4x8xf32>)
  %attention_b0 = bufferization.to_buffer %attention_out#0 : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %attention_u0 = memref.cast %attention_b0 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%attention_u0) : (memref<*xf32>) -> ()
  %attention_b1 = bufferization.to_buffer %attention_out#1 : tensor<4x8xf32> to memref<4x8xf32>
  %attention_u1 = memref.cast %attention_b1 : memref<4x8xf32> to memref<*xf32>
  call @printMemrefF32(%attention_u1) : (memref<*xf32>) -> ()
  %attention_b2 = bufferization.to_buffer %attention_out#2 : tensor<2x4x8xf32> to memref<2x4x8xf32>
  %attention_u2 = memref.cast %attention_b2 : memref<2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%attention_u2) : (memref<*xf32>) -> ()
  return
}

