// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// vLLM/FlashInfer native form (NeoX): cos_sin_cache[positions] gathered by a
// generic that reads the cache with tensor.extract at the loaded position,
// chunked into cos and sin [T, R/2], applied as x1*cos - x2*sin and
// x2*cos + x1*sin, concatenated. Raised to per-pair cos/sin column slices
// of the cache, gathered by the positions.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#p2 = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @neox
// CHECK-SAME: (%[[Q:.+]]: tensor<5x2x8xf32>, %[[POS:.+]]: tensor<5xi64>, %[[CACHE:.+]]: tensor<16x8xf32>)
// CHECK-DAG: %[[COS:.+]] = tensor.extract_slice %[[CACHE]][0, 0] [16, 4] [1, 1]
// CHECK-DAG: %[[SIN:.+]] = tensor.extract_slice %[[CACHE]][0, 4] [16, 4] [1, 1]
// CHECK: rope.rotate half %[[Q]] : tensor<5x2x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<16x4xf32>, tensor<16x4xf32>) gather(%[[POS]] : tensor<5xi64>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: tensor.concat
// INPUT: @neox %pos range=0,16
func.func @neox(%q: tensor<5x2x8xf32>, %pos: tensor<5xi64>, %cache: tensor<16x8xf32>) -> tensor<5x2x8xf32> {
  %ge = tensor.empty() : tensor<5x8xf32>
  %cs = linalg.generic {indexing_maps = [#p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos : tensor<5xi64>) outs(%ge : tensor<5x8xf32>) {
  ^bb0(%p: i64, %o: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 1 : index
    %v = tensor.extract %cache[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<5x8xf32>
  %cos = tensor.extract_slice %cs[0, 0] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %sin = tensor.extract_slice %cs[0, 4] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %c3 = tensor.expand_shape %cos [[0, 1], [2]] output_shape [5, 1, 4] : tensor<5x4xf32> into tensor<5x1x4xf32>
  %s3 = tensor.expand_shape %sin [[0, 1], [2]] output_shape [5, 1, 4] : tensor<5x4xf32> into tensor<5x1x4xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [5, 2, 4] [1, 1, 1] : tensor<5x2x8xf32> to tensor<5x2x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 4] [5, 2, 4] [1, 1, 1] : tensor<5x2x8xf32> to tensor<5x2x4xf32>
  %e = tensor.empty() : tensor<5x2x4xf32>
  %o1 = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1, %x2, %c3, %s3 : tensor<5x2x4xf32>, tensor<5x2x4xf32>, tensor<5x1x4xf32>, tensor<5x1x4xf32>) outs(%e : tensor<5x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<5x2x4xf32>
  %o2 = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1, %x2, %c3, %s3 : tensor<5x2x4xf32>, tensor<5x2x4xf32>, tensor<5x1x4xf32>, tensor<5x1x4xf32>) outs(%e : tensor<5x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<5x2x4xf32>
  %out = tensor.concat dim(2) %o1, %o2 : (tensor<5x2x4xf32>, tensor<5x2x4xf32>) -> tensor<5x2x8xf32>
  return %out : tensor<5x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %neox_in0 = arith.constant dense<[[[-0.7824, -0.2327, 0.7071, 0.3863, -0.4709, -0.0838, -0.7611, 0.5715], [0.0929, 0.3055, -0.0087, -0.4501, 0.0139, 0.6292, 0.9959, -0.8023]], [[0.7629, -0.2799, -0.7686, 0.8121, -0.0984, -0.1156, 0.1224, 0.6234], [0.8183, -0.1825, -0.8403, 0.3381, -0.502, 0.3568, 0.6317, 0.7751]], [[-0.2376, -0.8258, 0.7301, 0.7971, -0.0303, 0.0865, 0.6914, -0.873], [0.9809, 0.634, -0.8257, -0.0055, 0.5084, -0.3829, -0.5789, -0.7416]], [[0.5608, 0.0268, 0.398, -0.8269, -0.5496, -0.8763, -0.5865, 0.613], [0.0178, 0.4197, -0.4934, 0.8121, 0.986, 0.7991, 0.7218, 0.617]], [[-0.7023, 0.1426, 0.457, -0.7491, -0.1845, 0.8665, -0.1093, -0.1058], [-0.3743, -0.9668, 0.9617, -0.1397, -0.8557, 0.2375, 0.8954, -0.7111]]]> : tensor<5x2x8xf32>
  %neox_in1 = arith.constant dense<[13, 12, 7, 5, 15]> : tensor<5xi64>
  %neox_in2 = arith.constant dense<[[0.5591, 0.9421, 0.3377, 0.5354, 0.4107, 0.2206, -0.5814, -0.893], [-0.6981, -0.0153, 0.0244, -0.9705, -0.7574, 0.9321, 0.4539, -0.5157], [-0.6609, -0.5999, 0.9218, 0.9848, -0.7462, -0.0011, -0.0021, -0.624], [-0.3959, 0.7842, -0.0484, -0.4435, -0.2353, -0.3899, -0.2387, -0.8074], [-0.383, -0.7731, -0.4768, 0.8215, -0.4321, 0.7744, -0.8043, 0.9732], [-0.6068, 0.1797, -0.3153, -0.9128, 0.3426, -0.9454, -0.1895, 0.1826], [0.3289, 0.5355, -0.2835, -0.6232, 0.5283, 0.5508, -0.6798, -0.7939], [-0.104, 0.2145, 0.0903, 0.83, 0.3843, 0.3032, -0.1396, -0.9998], [0.0694, 0.1803, -0.6689, 0.3997, 0.9326, 0.4373, -0.8586, -0.4845], [-0.9392, -0.3879, 0.1869, -0.5649, -0.4623, -0.3327, 0.3326, 0.6041], [0.4632, 0.6405, 0.9738, -0.8532, -0.2803, -0.943, 0.0875, 0.9026], [-0.2934, 0.2817, -0.3971, -0.0698, 0.2895, -0.6016, 0.8079, -0.4944], [0.1496, 0.0558, -0.6846, -0.9865, 0.656, -0.6996, 0.3016, -0.6681], [-0.052, -0.8037, 0.0229, 0.5553, -0.2281, -0.7619, -0.212, -0.9068], [0.9508, 0.6993, 0.7504, 0.7815, 0.6685, 0.1454, 0.8807, -0.3999], [-0.4317, 0.2637, 0.9563, 0.3814, -0.8185, -0.003, 0.1049, -0.14]]> : tensor<16x8xf32>
  %neox_out = call @neox(%neox_in0, %neox_in1, %neox_in2) : (tensor<5x2x8xf32>, tensor<5xi64>, tensor<16x8xf32>) -> tensor<5x2x8xf32>
  %neox_b0 = bufferization.to_buffer %neox_out : tensor<5x2x8xf32> to memref<5x2x8xf32>
  %neox_u0 = memref.cast %neox_b0 : memref<5x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%neox_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// GPT-J form of the same: x[..., ::2] and x[..., 1::2] as stride-2 slices,
// the results stacked on a new last dim and flattened: interleaved pairs.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#p2 = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @gptj
// CHECK-SAME: (%[[Q:.+]]: tensor<5x2x8xf32>, %[[POS:.+]]: tensor<5xi64>, %[[CACHE:.+]]: tensor<16x8xf32>)
// CHECK: rope.rotate interleaved %[[Q]] : tensor<5x2x8xf32> cos_sin(%{{.+}}, %{{.+}} : tensor<16x4xf32>, tensor<16x4xf32>) gather(%[[POS]] : tensor<5xi64>) {rotary_dim = 8 : i64
// CHECK-NOT: tensor.collapse_shape
// INPUT: @gptj %pos range=0,16
func.func @gptj(%q: tensor<5x2x8xf32>, %pos: tensor<5xi64>, %cache: tensor<16x8xf32>) -> tensor<5x2x8xf32> {
  %ge = tensor.empty() : tensor<5x8xf32>
  %cs = linalg.generic {indexing_maps = [#p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos : tensor<5xi64>) outs(%ge : tensor<5x8xf32>) {
  ^bb0(%p: i64, %o: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 1 : index
    %v = tensor.extract %cache[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<5x8xf32>
  %cos = tensor.extract_slice %cs[0, 0] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %sin = tensor.extract_slice %cs[0, 4] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %c3 = tensor.expand_shape %cos [[0, 1], [2]] output_shape [5, 1, 4] : tensor<5x4xf32> into tensor<5x1x4xf32>
  %s3 = tensor.expand_shape %sin [[0, 1], [2]] output_shape [5, 1, 4] : tensor<5x4xf32> into tensor<5x1x4xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [5, 2, 4] [1, 1, 2] : tensor<5x2x8xf32> to tensor<5x2x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 1] [5, 2, 4] [1, 1, 2] : tensor<5x2x8xf32> to tensor<5x2x4xf32>
  %e = tensor.empty() : tensor<5x2x4xf32>
  %o1 = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1, %x2, %c3, %s3 : tensor<5x2x4xf32>, tensor<5x2x4xf32>, tensor<5x1x4xf32>, tensor<5x1x4xf32>) outs(%e : tensor<5x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<5x2x4xf32>
  %o2 = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1, %x2, %c3, %s3 : tensor<5x2x4xf32>, tensor<5x2x4xf32>, tensor<5x1x4xf32>, tensor<5x1x4xf32>) outs(%e : tensor<5x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<5x2x4xf32>
  %o1e = tensor.expand_shape %o1 [[0], [1], [2, 3]] output_shape [5, 2, 4, 1] : tensor<5x2x4xf32> into tensor<5x2x4x1xf32>
  %o2e = tensor.expand_shape %o2 [[0], [1], [2, 3]] output_shape [5, 2, 4, 1] : tensor<5x2x4xf32> into tensor<5x2x4x1xf32>
  %st = tensor.concat dim(3) %o1e, %o2e : (tensor<5x2x4x1xf32>, tensor<5x2x4x1xf32>) -> tensor<5x2x4x2xf32>
  %out = tensor.collapse_shape %st [[0], [1], [2, 3]] : tensor<5x2x4x2xf32> into tensor<5x2x8xf32>
  return %out : tensor<5x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %gptj_in0 = arith.constant dense<[[[0.9827, 0.1891, -0.311, -0.5335, -0.7343, 0.0616, -0.4182, 0.8794], [-0.0405, -0.1622, -0.6109, -0.0228, 0.5116, -0.9505, -0.2511, -0.7852]], [[0.7349, -0.3799, -0.6557, -0.7377, 0.953, 0.197, -0.3343, -0.9931], [0.5843, -0.2328, -0.2142, 0.1855, -0.3239, -0.8024, 0.2827, -0.7269]], [[0.8867, 0.0545, -0.5257, 0.2627, -0.6435, -0.3037, 0.0897, -0.771], [0.901, -0.3473, 0.6036, 0.9024, 0.885, -0.7338, -0.6952, 0.6652]], [[-0.8725, -0.5858, -0.4531, -0.8922, 0.1609, 0.6898, 0.7244, -0.2851], [-0.7274, 0.6911, 0.746, -0.496, -0.5045, -0.4672, 0.1461, 0.7872]], [[0.8772, 0.2468, 0.5406, 0.5263, 0.1681, 0.0757, -0.2846, -0.0139], [-0.3356, -0.1755, 0.6681, 0.6243, 0.4723, -0.4365, 0.8333, 0.5886]]]> : tensor<5x2x8xf32>
  %gptj_in1 = arith.constant dense<[9, 13, 14, 10, 0]> : tensor<5xi64>
  %gptj_in2 = arith.constant dense<[[0.1193, 0.6521, 0.3853, 0.6707, -0.203, 0.7187, 0.9515, 0.1414], [0.9921, -0.15, 0.8495, -0.4456, 0.7056, 0.7914, -0.6462, 0.7883], [-0.1276, -0.1382, 0.0695, -0.0983, 0.7222, 0.6535, -0.3337, -0.0278], [-0.1364, -0.2707, 0.1388, -0.4768, -0.8919, -0.8427, 0.4968, 0.6497], [-0.4166, 0.08, 0.2139, -0.7575, -0.0684, -0.2561, 0.7584, 0.6314], [0.1777, 0.2319, -0.4027, 0.9833, 0.4765, -0.25, 0.6091, -0.8861], [-0.1944, -0.1664, 0.6443, -0.5768, -0.0985, -0.2395, -0.69, 0.5321], [-0.7556, -0.3829, -0.7714, -0.7643, 0.9912, -0.2003, -0.4899, 0.7827], [0.1818, 0.1435, -0.195, -0.8172, 0.4289, 0.726, 0.3363, -0.2589], [-0.1118, -0.8738, -0.3048, 0.3379, 0.8743, 0.2314, 0.9327, -0.7552], [-0.0527, 0.379, -0.5756, -0.3592, 0.9739, 0.1674, 0.8187, -0.5717], [0.3099, 0.215, 0.9983, -0.0583, 0.5091, -0.5903, 0.8968, 0.5349], [0.5217, 0.3936, -0.6096, 0.1194, -0.827, 0.8378, 0.4542, 0.3584], [0.5075, 0.4094, -0.8463, -0.007, -0.0534, -0.1814, 0.8693, 0.7184], [0.597, 0.7979, 0.0896, -0.7161, 0.1717, -0.3344, -0.157, -0.5873], [-0.8368, -0.7461, -0.7436, 0.8157, 0.2317, -0.1, -0.2265, 0.6229]]> : tensor<16x8xf32>
  %gptj_out = call @gptj(%gptj_in0, %gptj_in1, %gptj_in2) : (tensor<5x2x8xf32>, tensor<5xi64>, tensor<16x8xf32>) -> tensor<5x2x8xf32>
  %gptj_b0 = bufferization.to_buffer %gptj_out : tensor<5x2x8xf32> to memref<5x2x8xf32>
  %gptj_u0 = memref.cast %gptj_b0 : memref<5x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%gptj_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: x2*cos - x1*sin on the second half (rotation by +a on one half
// and -a on the other) is no rotation.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#p2 = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @wrong_sign
// CHECK-NOT: rope.rotate
// CHECK: return
// INPUT: @wrong_sign %pos range=0,16
func.func @wrong_sign(%q: tensor<5x2x8xf32>, %pos: tensor<5xi64>, %cache: tensor<16x8xf32>) -> tensor<5x2x8xf32> {
  %ge = tensor.empty() : tensor<5x8xf32>
  %cs = linalg.generic {indexing_maps = [#p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos : tensor<5xi64>) outs(%ge : tensor<5x8xf32>) {
  ^bb0(%p: i64, %o: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 1 : index
    %v = tensor.extract %cache[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<5x8xf32>
  %cos = tensor.extract_slice %cs[0, 0] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %sin = tensor.extract_slice %cs[0, 4] [5, 4] [1, 1] : tensor<5x8xf32> to tensor<5x4xf32>
  %c3 = tensor.expand_shape %cos [[0, 1], [2]] output_shape [5, 1, 4] : tensor<5x4xf32> into tensor<5x1x4xf32>
  %s3 = tensor.expand_shape %sin [[0, 1], [2]] output_shape [5, 1, 4] : tensor<5x4xf32> into tensor<5x1x4xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0] [5, 2, 4] [1, 1, 1] : tensor<5x2x8xf32> to tensor<5x2x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 4] [5, 2, 4] [1, 1, 1] : tensor<5x2x8xf32> to tensor<5x2x4xf32>
  %e = tensor.empty() : tensor<5x2x4xf32>
  %o1 = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1, %x2, %c3, %s3 : tensor<5x2x4xf32>, tensor<5x2x4xf32>, tensor<5x1x4xf32>, tensor<5x1x4xf32>) outs(%e : tensor<5x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<5x2x4xf32>
  %o2 = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1, %x2, %c3, %s3 : tensor<5x2x4xf32>, tensor<5x2x4xf32>, tensor<5x1x4xf32>, tensor<5x1x4xf32>) outs(%e : tensor<5x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.subf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<5x2x4xf32>
  %out = tensor.concat dim(2) %o1, %o2 : (tensor<5x2x4xf32>, tensor<5x2x4xf32>) -> tensor<5x2x8xf32>
  return %out : tensor<5x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %wrong_sign_in0 = arith.constant dense<[[[-0.0455, 0.0978, -0.0377, -0.1293, -0.925, -0.8509, 0.9137, -0.2862], [0.6696, 0.6065, -0.0312, -0.5492, 0.2372, 0.8452, -0.7058, -0.2175]], [[-0.6282, 0.5455, -0.0541, 0.0338, -0.118, 0.2223, -0.3933, -0.7286], [0.843, 0.5477, -0.0576, 0.1458, -0.805, -0.3616, 0.0096, -0.7451]], [[-0.1224, -0.5469, -0.7285, -0.742, -0.7597, 0.7522, -0.8463, 0.9332], [0.6765, 0.3901, -0.7283, 0.9078, 0.0886, -0.7756, -0.4806, 0.9421]], [[0.1942, -0.0084, -0.6773, -0.5573, 0.6371, 0.6484, -0.738, 0.7217], [0.2441, -0.4331, -0.1503, 0.2824, -0.6427, -0.9805, 0.8036, 0.7844]], [[-0.2377, -0.9308, 0.2145, -0.4027, -0.8609, 0.3612, 0.1969, -0.2001], [0.6142, -0.2677, -0.2069, 0.2871, -0.7574, -0.2304, -0.1126, 0.2599]]]> : tensor<5x2x8xf32>
  %wrong_sign_in1 = arith.constant dense<[13, 6, 12, 4, 3]> : tensor<5xi64>
  %wrong_sign_in2 = arith.constant dense<[[-0.4039, -0.9081, -0.5606, 0.4533, -0.8434, 0.1268, -0.1199, 0.1091], [-0.7403, -0.1949, 0.2147, -0.892, 0.69, 0.696, -0.8662, 0.3144], [-0.9371, 0.2386, 0.9978, -0.7061, -0.8799, 0.972, -0.3356, -0.9499], [-0.9905, 0.7017, -0.8545, -0.579, -0.5773, -0.6251, 0.6136, 0.7281], [-0.2338, 0.3971, -0.9426, 0.0956, 0.5252, 0.5614, -0.5608, 0.8315], [0.2313, 0.0774, -0.7964, -0.2279, 0.2136, 0.8852, 0.944, 0.7988], [0.0806, -0.215, 0.4751, 0.303, -0.072, -0.4156, -0.5975, -0.7806], [0.1849, -0.7808, -0.4687, -0.0663, -0.5355, 0.7397, -0.0235, -0.8725], [0.6917, 0.9535, 0.743, -0.8133, -0.3294, 0.5151, 0.7899, 0.3028], [-0.025, 0.09, 0.0965, 0.5148, 0.9235, 0.8455, -0.2631, -0.8406], [0.0785, 0.5124, -0.3974, -0.0046, -0.6385, -0.9333, -0.447, -0.7823], [0.3493, 0.041, -0.0582, 0.5705, -0.0052, -0.4942, 0.6055, 0.5749], [-0.5232, 0.4313, 0.8895, 0.7055, -0.2425, -0.4618, -0.2065, -0.022], [-0.0138, 0.3468, -0.8577, 0.7035, -0.4122, 0.3278, -0.0114, 0.0573], [-0.4758, -0.7664, 0.9676, -0.6838, -0.5866, -0.2001, 0.9707, 0.1516], [0.7079, 0.9488, 0.028, -0.4472, 0.6431, 0.9532, -0.2459, 0.3219]]> : tensor<16x8xf32>
  %wrong_sign_out = call @wrong_sign(%wrong_sign_in0, %wrong_sign_in1, %wrong_sign_in2) : (tensor<5x2x8xf32>, tensor<5xi64>, tensor<16x8xf32>) -> tensor<5x2x8xf32>
  %wrong_sign_b0 = bufferization.to_buffer %wrong_sign_out : tensor<5x2x8xf32> to memref<5x2x8xf32>
  %wrong_sign_u0 = memref.cast %wrong_sign_b0 : memref<5x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%wrong_sign_u0) : (memref<*xf32>) -> ()
  return
}


// -----
// A cos/sin cache [1, 1, P, D] (HF's cached cos/sin buffers) viewed as
// [P, D] by two copy generics and gathered by position_ids in a generic
// with tensor.extract, as TOSA-based front ends write it: the gather is
// raised on the cache itself, sliced to [P, D].

#m6 = affine_map<(d0, d1, d2) -> (d0, 0, d1, d2)>
#m5 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m7 = affine_map<(d0, d1) -> (0, d0, d1)>
#m3 = affine_map<(d0, d1) -> (d0, d1)>
#m2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#bc = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @cache_view_gather
// CHECK-SAME: (%[[Q:.+]]: tensor<1x2x5x8xf32>, %[[COS:.+]]: tensor<1x1x16x8xf32>, %[[SIN:.+]]: tensor<1x1x16x8xf32>, %[[POS:.+]]: tensor<1x5xi64>)
// CHECK-DAG: %[[C:.+]] = tensor.extract_slice %[[COS]][0, 0, 0, 0] [1, 1, 16, 8] [1, 1, 1, 1] : tensor<1x1x16x8xf32> to tensor<16x8xf32>
// CHECK-DAG: %[[S:.+]] = tensor.extract_slice %[[SIN]][0, 0, 0, 0] [1, 1, 16, 8] [1, 1, 1, 1] : tensor<1x1x16x8xf32> to tensor<16x8xf32>
// CHECK: rope.rotate half %[[Q]] : tensor<1x2x5x8xf32> cos_sin(%[[C]], %[[S]] : tensor<16x8xf32>, tensor<16x8xf32>) gather(%[[POS]] : tensor<1x5xi64>)
// INPUT: @cache_view_gather %pos range=0,16
func.func @cache_view_gather(%q: tensor<1x2x5x8xf32>, %cos: tensor<1x1x16x8xf32>, %sin: tensor<1x1x16x8xf32>, %pos: tensor<1x5xi64>) -> tensor<1x2x5x8xf32> {
  %e3 = tensor.empty() : tensor<1x16x8xf32>
  %c3 = linalg.generic {indexing_maps = [#m6, #m5], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cos : tensor<1x1x16x8xf32>) outs(%e3 : tensor<1x16x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x16x8xf32>
  %e2 = tensor.empty() : tensor<16x8xf32>
  %c2 = linalg.generic {indexing_maps = [#m7, #m3], iterator_types = ["parallel", "parallel"]} ins(%c3 : tensor<1x16x8xf32>) outs(%e2 : tensor<16x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<16x8xf32>
  %s3 = linalg.generic {indexing_maps = [#m6, #m5], iterator_types = ["parallel", "parallel", "parallel"]} ins(%sin : tensor<1x1x16x8xf32>) outs(%e3 : tensor<1x16x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x16x8xf32>
  %s2 = linalg.generic {indexing_maps = [#m7, #m3], iterator_types = ["parallel", "parallel"]} ins(%s3 : tensor<1x16x8xf32>) outs(%e2 : tensor<16x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<16x8xf32>
  %ge = tensor.empty() : tensor<1x5x8xf32>
  %cg = linalg.generic {indexing_maps = [#m2, #m5], iterator_types = ["parallel", "parallel", "parallel"]} ins(%pos : tensor<1x5xi64>) outs(%ge : tensor<1x5x8xf32>) {
  ^bb0(%p: i64, %out: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 2 : index
    %v = tensor.extract %c2[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<1x5x8xf32>
  %sg = linalg.generic {indexing_maps = [#m2, #m5], iterator_types = ["parallel", "parallel", "parallel"]} ins(%pos : tensor<1x5xi64>) outs(%ge : tensor<1x5x8xf32>) {
  ^bb0(%p: i64, %out: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 2 : index
    %v = tensor.extract %s2[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<1x5x8xf32>
  %c4 = tensor.expand_shape %cg [[0, 1], [2], [3]] output_shape [1, 1, 5, 8] : tensor<1x5x8xf32> into tensor<1x1x5x8xf32>
  %s4 = tensor.expand_shape %sg [[0, 1], [2], [3]] output_shape [1, 1, 5, 8] : tensor<1x5x8xf32> into tensor<1x1x5x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0, 0] [1, 2, 5, 4] [1, 1, 1, 1] : tensor<1x2x5x8xf32> to tensor<1x2x5x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 0, 4] [1, 2, 5, 4] [1, 1, 1, 1] : tensor<1x2x5x8xf32> to tensor<1x2x5x4xf32>
  %n = arith.negf %x2 : tensor<1x2x5x4xf32>
  %rot = tensor.concat dim(3) %n, %x1 : (tensor<1x2x5x4xf32>, tensor<1x2x5x4xf32>) -> tensor<1x2x5x8xf32>
  %e = tensor.empty() : tensor<1x2x5x8xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #bc, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q, %rot, %c4, %s4 : tensor<1x2x5x8xf32>, tensor<1x2x5x8xf32>, tensor<1x1x5x8xf32>, tensor<1x1x5x8xf32>) outs(%e : tensor<1x2x5x8xf32>) {
  ^bb0(%x: f32, %y: f32, %c: f32, %s: f32, %o: f32):
    %a = arith.mulf %x, %c : f32
    %b = arith.mulf %y, %s : f32
    %z = arith.addf %a, %b : f32
    linalg.yield %z : f32
  } -> tensor<1x2x5x8xf32>
  return %r : tensor<1x2x5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %cache_view_gather_in0 = arith.constant dense<[[[[-0.0512, -0.076, -0.6709, 0.4077, -0.901, 0.4032, 0.4031, -0.4533], [0.0562, -0.403, -0.0983, 0.6315, -0.1215, 0.3835, 0.7141, 0.3143], [-0.2237, 0.663, -0.371, 0.0321, -0.235, -0.2398, 0.6823, -0.6374], [0.7197, 0.9556, 0.7201, -0.2797, -0.7179, 0.6815, 0.8485, 0.3212], [0.8416, -0.1859, 0.6393, 0.3881, 0.279, 0.3331, -0.8542, -0.4583]], [[0.7755, 0.9397, -0.8004, 0.8368, -0.8381, -0.6842, 0.657, 0.9234], [0.2568, 0.8352, 0.2458, -0.7299, -0.0549, 0.9463, -0.8647, 0.8393], [0.7841, -0.6139, -0.4489, -0.1122, 0.9555, -0.6995, 0.393, 0.6809], [0.0668, 0.8797, 0.0611, 0.1293, -0.0845, 0.4439, 0.8385, 0.2038], [0.5583, 0.4877, 0.2676, 0.7629, -0.2052, -0.6358, -0.7785, -0.1067]]]]> : tensor<1x2x5x8xf32>
  %cache_view_gather_in1 = arith.constant dense<[[[[-0.1453, -0.4871, 0.0838, -0.3767, -0.0111, -0.5691, -0.2991, 0.8133], [0.8588, 0.3146, 0.5289, -0.3754, 0.8613, -0.532, -0.8063, 0.1596], [0.8852, -0.8583, 0.6298, 0.313, 0.9635, -0.0134, 0.6571, -0.9989], [0.8534, 0.7345, 0.0618, -0.4998, -0.4971, -0.9988, 0.1227, -0.7664], [-0.6917, -0.3154, 0.328, 0.4539, -0.001, 0.0586, 0.6251, 0.0998], [0.1634, -0.1969, -0.5833, 0.5156, 0.4533, 0.8914, -0.7032, 0.3861], [0.5436, 0.3818, 0.6572, -0.6893, 0.5448, 0.5102, 0.3957, 0.1464], [-0.7997, 0.5544, 0.74, -0.8983, -0.9929, -0.6911, 0.2015, 0.7192], [-0.0559, 0.104, 0.9084, -0.0398, 0.7055, 0.2701, -0.3858, -0.8027], [-0.3155, -0.5785, -0.0353, -0.6351, 0.396, -0.1481, -0.0187, -0.6581], [-0.2589, -0.375, -0.1461, 0.4768, 0.2222, -0.0133, 0.142, -0.4055], [-0.6289, 0.536, 0.6777, 0.1533, -0.3379, 0.49, 0.8516, 0.0518], [-0.7224, 0.9929, 0.5038, -0.0383, -0.3297, 0.817, 0.8297, -0.5182], [-0.4017, 0.6062, 0.7011, -0.5259, -0.0876, 0.5154, -0.4988, 0.0878], [-0.0302, 0.0485, 0.5214, -0.4439, -0.8839, -0.5933, -0.8788, 0.6145], [0.9737, -0.5008, 0.6978, -0.8625, 0.3415, -0.7411, 0.4615, 0.6467]]]]> : tensor<1x1x16x8xf32>
  %cache_view_gather_in2 = arith.constant dense<[[[[0.3358, 0.9939, 0.9434, 0.8316, 0.9677, 0.8835, -0.7125, -0.0592], [0.2026, 0.3979, 0.7186, 0.3275, 0.6946, 0.9202, 0.077, 0.147], [0.3425, 0.3277, 0.0936, -0.7593, 0.6654, 0.9536, -0.7638, -0.2788], [0.4473, 0.5035, -0.5416, -0.8428, 0.2173, 0.2541, 0.0027, 0.6775], [-0.8904, -0.858, 0.4043, -0.3551, -0.436, 0.938, -0.9968, 0.5619], [0.4412, -0.3034, 0.2115, -0.8917, -0.2103, -0.4883, -0.3093, 0.5375], [0.1203, 0.1837, -0.1312, 0.1325, 0.3584, -0.3611, 0.0604, 0.5539], [0.1476, 0.496, 0.7432, 0.3695, 0.568, 0.2444, 0.3833, -0.8985], [0.5253, 0.8797, 0.031, -0.0308, -0.3111, -0.0006, 0.5422, -0.6766], [-0.2737, -0.2334, 0.4482, -0.0207, 0.3766, 0.4813, -0.0903, 0.9144], [0.5172, 0.2479, -0.7184, -0.4439, 0.4175, 0.5993, 0.8654, 0.9886], [0.5248, 0.0843, 0.5486, 0.4345, -0.7354, -0.6603, 0.0746, -0.0893], [0.2189, 0.9256, 0.0634, 0.3116, -0.9435, -0.8333, 0.2226, 0.6251], [-0.062, -0.3749, -0.5094, -0.8739, 0.061, 0.6986, 0.9467, -0.8466], [-0.0659, 0.7704, 0.5952, 0.7175, -0.6101, 0.7236, 0.0052, 0.3875], [0.5358, -0.7054, -0.247, 0.5744, 0.5128, 0.9508, 0.4775, 0.5803]]]]> : tensor<1x1x16x8xf32>
  %cache_view_gather_in3 = arith.constant dense<[[5, 9, 13, 1, 10]]> : tensor<1x5xi64>
  %cache_view_gather_out = call @cache_view_gather(%cache_view_gather_in0, %cache_view_gather_in1, %cache_view_gather_in2, %cache_view_gather_in3) : (tensor<1x2x5x8xf32>, tensor<1x1x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1x5xi64>) -> tensor<1x2x5x8xf32>
  %cache_view_gather_b0 = bufferization.to_buffer %cache_view_gather_out : tensor<1x2x5x8xf32> to memref<1x2x5x8xf32>
  %cache_view_gather_u0 = memref.cast %cache_view_gather_b0 : memref<1x2x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%cache_view_gather_u0) : (memref<*xf32>) -> ()
  return
}

