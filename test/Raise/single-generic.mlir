// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// The single-generic form of hand-written kernels and compilers' fusions:
// one linalg.generic over the output reads each element's pair partner with
// tensor.extract at an index computed with remui/addi, picks the sign with
// arith.select on the half, and takes cos/sin of an angle table read with
// tensor.extract at j mod D/2.

// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @single
// CHECK-SAME: (%[[X:.+]]: tensor<3x2x8xf32>, %[[ANG:.+]]: tensor<3x4xf32>)
// CHECK: rope.rotate half %[[X]] : tensor<3x2x8xf32> angles(%[[ANG]] : tensor<3x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: linalg.generic
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @single(%x: tensor<3x2x8xf32>, %ang: tensor<3x4xf32>) -> tensor<3x2x8xf32> {
  %e = tensor.empty() : tensor<3x2x8xf32>
  %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : tensor<3x2x8xf32>) outs(%e : tensor<3x2x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %s = linalg.index 0 : index
    %h = linalg.index 1 : index
    %j = linalg.index 2 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %lo = arith.cmpi ult, %j, %c4 : index
    %i = arith.remui %j, %c4 : index
    %jp = arith.addi %j, %c4 : index
    %pp = arith.remui %jp, %c8 : index
    %p = tensor.extract %x[%s, %h, %pp] : tensor<3x2x8xf32>
    %a = tensor.extract %ang[%s, %i] : tensor<3x4xf32>
    %c = math.cos %a : f32
    %sn = math.sin %a : f32
    %np = arith.negf %p : f32
    %sp = arith.select %lo, %np, %p : f32
    %t1 = arith.mulf %v, %c : f32
    %t2 = arith.mulf %sp, %sn : f32
    %y = arith.addf %t1, %t2 : f32
    linalg.yield %y : f32
  } -> tensor<3x2x8xf32>
  return %r : tensor<3x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %single_in0 = arith.constant dense<[[[0.6911, -0.8927, 0.5071, 0.477, 0.6818, -0.788, 0.0074, -0.7751], [0.7289, 0.0495, -0.3535, -0.3494, -0.8059, -0.7578, 0.0593, -0.4204]], [[0.8576, 0.8999, 0.8841, 0.1153, -0.0127, -0.358, -0.7441, 0.0184], [-0.0523, 0.4938, 0.4507, -0.6509, 0.3923, -0.6098, 0.4436, 0.4238]], [[-0.3541, 0.4299, -0.4868, -0.6249, -0.4794, 0.6118, -0.0428, -0.9248], [0.9458, -0.5789, 0.2927, -0.5436, 0.1926, 0.6704, 0.966, -0.4132]]]> : tensor<3x2x8xf32>
  %single_in1 = arith.constant dense<[[-0.7413, -0.2475, 0.9961, 0.5761], [-0.4849, 0.1675, 0.2063, -0.1188], [0.1423, 0.7719, 0.222, 0.6596]]> : tensor<3x4xf32>
  %single_out = call @single(%single_in0, %single_in1) : (tensor<3x2x8xf32>, tensor<3x4xf32>) -> tensor<3x2x8xf32>
  %single_b0 = bufferization.to_buffer %single_out : tensor<3x2x8xf32> to memref<3x2x8xf32>
  %single_u0 = memref.cast %single_b0 : memref<3x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%single_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Heads split into extra dims: head_dim 8 held as [2 halves, 4]; the partner
// of [h, i] is [1 - h, i]. The two trailing dims are the channels.

// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @split_heads
// CHECK-SAME: (%[[X:.+]]: tensor<3x2x4xf32>, %[[COS:.+]]: tensor<3x4xf32>, %[[SIN:.+]]: tensor<3x4xf32>)
// CHECK: %[[C:.+]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1, 2]] : tensor<3x2x4xf32> into tensor<3x8xf32>
// CHECK: %[[R:.+]] = rope.rotate half %[[C]] : tensor<3x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<3x4xf32>, tensor<3x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK: %[[E:.+]] = tensor.expand_shape %[[R]] {{\[}}[0], [1, 2]] output_shape [3, 2, 4]
// CHECK: return %[[E]]
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @split_heads(%x: tensor<3x2x4xf32>, %cos: tensor<3x4xf32>, %sin: tensor<3x4xf32>) -> tensor<3x2x4xf32> {
  %e = tensor.empty() : tensor<3x2x4xf32>
  %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : tensor<3x2x4xf32>) outs(%e : tensor<3x2x4xf32>) {
  ^bb0(%v: f32, %o: f32):
    %s = linalg.index 0 : index
    %h = linalg.index 1 : index
    %i = linalg.index 2 : index
    %c1 = arith.constant 1 : index
    %hp = arith.subi %c1, %h : index
    %p = tensor.extract %x[%s, %hp, %i] : tensor<3x2x4xf32>
    %c = tensor.extract %cos[%s, %i] : tensor<3x4xf32>
    %sn = tensor.extract %sin[%s, %i] : tensor<3x4xf32>
    %c0 = arith.constant 0 : index
    %first = arith.cmpi eq, %h, %c0 : index
    %np = arith.negf %p : f32
    %sp = arith.select %first, %np, %p : f32
    %t1 = arith.mulf %v, %c : f32
    %t2 = arith.mulf %sp, %sn : f32
    %y = arith.addf %t1, %t2 : f32
    linalg.yield %y : f32
  } -> tensor<3x2x4xf32>
  return %r : tensor<3x2x4xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %split_heads_in0 = arith.constant dense<[[[0.2542, 0.1184, 0.0187, -0.6733], [-0.1699, -0.2816, 0.549, -0.5055]], [[-0.603, -0.8774, 0.5247, -0.4358], [0.3135, 0.9523, -0.7085, -0.3869]], [[0.972, 0.5414, -0.4691, 0.4015], [0.9692, 0.8989, -0.1036, -0.9998]]]> : tensor<3x2x4xf32>
  %split_heads_in1 = arith.constant dense<[[-0.6597, 0.8188, -0.054, 0.7178], [-0.614, -0.2743, 0.7427, -0.9057], [0.864, -0.8124, 0.0158, 0.5762]]> : tensor<3x4xf32>
  %split_heads_in2 = arith.constant dense<[[-0.211, -0.1399, -0.6171, -0.0087], [0.063, -0.3119, 0.6817, 0.5155], [-0.0498, 0.1281, -0.4667, -0.3972]]> : tensor<3x4xf32>
  %split_heads_out = call @split_heads(%split_heads_in0, %split_heads_in1, %split_heads_in2) : (tensor<3x2x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x2x4xf32>
  %split_heads_b0 = bufferization.to_buffer %split_heads_out : tensor<3x2x4xf32> to memref<3x2x4xf32>
  %split_heads_u0 = memref.cast %split_heads_b0 : memref<3x2x4xf32> to memref<*xf32>
  call @printMemrefF32(%split_heads_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: the partner index is j + 3 (mod 8) instead of j + 4.

// CHECK-LABEL: func.func @partner_off_by_one
// CHECK-NOT: rope.rotate
// CHECK: return
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @partner_off_by_one(%x: tensor<3x2x8xf32>, %ang: tensor<3x4xf32>) -> tensor<3x2x8xf32> {
  %e = tensor.empty() : tensor<3x2x8xf32>
  %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : tensor<3x2x8xf32>) outs(%e : tensor<3x2x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %s = linalg.index 0 : index
    %h = linalg.index 1 : index
    %j = linalg.index 2 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %lo = arith.cmpi ult, %j, %c4 : index
    %i = arith.remui %j, %c4 : index
    %c3 = arith.constant 3 : index
    %jp = arith.addi %j, %c3 : index
    %pp = arith.remui %jp, %c8 : index
    %p = tensor.extract %x[%s, %h, %pp] : tensor<3x2x8xf32>
    %a = tensor.extract %ang[%s, %i] : tensor<3x4xf32>
    %c = math.cos %a : f32
    %sn = math.sin %a : f32
    %np = arith.negf %p : f32
    %sp = arith.select %lo, %np, %p : f32
    %t1 = arith.mulf %v, %c : f32
    %t2 = arith.mulf %sp, %sn : f32
    %y = arith.addf %t1, %t2 : f32
    linalg.yield %y : f32
  } -> tensor<3x2x8xf32>
  return %r : tensor<3x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %partner_off_by_one_in0 = arith.constant dense<[[[-0.4754, -0.1814, -0.3379, -0.8349, -0.6983, 0.363, 0.9472, -0.5163], [-0.4628, 0.3351, -0.5918, 0.5602, -0.5888, -0.4977, 0.4723, 0.3322]], [[-0.3014, -0.8765, 0.0612, 0.0568, 0.49, -0.3102, -0.4181, 0.4702], [-0.1839, 0.2551, -0.7949, -0.6914, 0.4485, -0.7698, 0.8178, 0.9697]], [[0.1032, 0.3022, -0.7435, 0.2559, 0.9177, 0.5599, -0.5205, 0.2962], [0.9527, 0.1402, 0.2768, -0.9747, 0.2607, -0.0001, 0.4776, 0.7374]]]> : tensor<3x2x8xf32>
  %partner_off_by_one_in1 = arith.constant dense<[[-0.2565, 0.4083, -0.9297, -0.8834], [0.4231, 0.4162, 0.0616, 0.1064], [-0.1467, -0.2686, -0.4055, 0.9645]]> : tensor<3x4xf32>
  %partner_off_by_one_out = call @partner_off_by_one(%partner_off_by_one_in0, %partner_off_by_one_in1) : (tensor<3x2x8xf32>, tensor<3x4xf32>) -> tensor<3x2x8xf32>
  %partner_off_by_one_b0 = bufferization.to_buffer %partner_off_by_one_out : tensor<3x2x8xf32> to memref<3x2x8xf32>
  %partner_off_by_one_u0 = memref.cast %partner_off_by_one_b0 : memref<3x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%partner_off_by_one_u0) : (memref<*xf32>) -> ()
  return
}


// -----
// A hand-written kernel in the style of sharktank's rotary_embedding
// template: one generic over the output reading an angle table per element
// t[b, s, j], the pair (2i, 2i+1) with tensor.extract at divui/muli-computed
// indices, and selecting the real or imaginary result on the parity of j.
// The angles of a pair are different table elements: cos/sin are computed
// from the table element by element.

// CHECK-LABEL: func.func @kernel_interleaved
// CHECK-SAME: (%[[X:.+]]: tensor<1x3x2x8xf32>, %[[T:.+]]: tensor<1x3x8xf32>)
// CHECK: %[[CS:.+]]:2 = linalg.generic {{.+}} ins(%[[T]] : tensor<1x3x8xf32>)
// CHECK: rope.rotate interleaved %[[X]] : tensor<1x3x2x8xf32> cos_sin(%[[CS]]#0, %[[CS]]#1 : tensor<1x3x8xf32>, tensor<1x3x8xf32>) {rotary_dim = 8 : i64
func.func @kernel_interleaved(%input: tensor<1x3x2x8xf32>, %table: tensor<1x3x8xf32>) -> tensor<1x3x2x8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %empty = tensor.empty() : tensor<1x3x2x8xf32>
  %result = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%table : tensor<1x3x8xf32>) outs(%empty : tensor<1x3x2x8xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %0 = linalg.index 0 : index
    %1 = linalg.index 1 : index
    %2 = linalg.index 2 : index
    %3 = linalg.index 3 : index
    %div = arith.divui %3, %c2 : index
    %mod = arith.remui %3, %c2 : index
    %cosb = math.cos %b0 : f32
    %sinb = math.sin %b0 : f32
    %real_index = arith.muli %div, %c2 : index
    %imag_index = arith.addi %real_index, %c1 : index
    %real = tensor.extract %input[%0, %1, %2, %real_index] : tensor<1x3x2x8xf32>
    %imag = tensor.extract %input[%0, %1, %2, %imag_index] : tensor<1x3x2x8xf32>
    %cmp = arith.cmpi eq, %mod, %c0 : index
    %r0 = arith.mulf %real, %cosb : f32
    %r1 = arith.mulf %imag, %sinb : f32
    %r2 = arith.subf %r0, %r1 : f32
    %i0 = arith.mulf %imag, %cosb : f32
    %i1 = arith.mulf %real, %sinb : f32
    %i2 = arith.addf %i0, %i1 : f32
    %val = arith.select %cmp, %r2, %i2 : f32
    linalg.yield %val : f32
  } -> tensor<1x3x2x8xf32>
  return %result : tensor<1x3x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %kernel_interleaved_in0 = arith.constant dense<[[[[0.932, 0.2817, -0.9245, -0.3177, 0.7386, -0.8137, 0.6754, -0.7381], [-0.2985, -0.3793, 0.8682, 0.9726, 0.5909, -0.2996, 0.2115, 0.0448]], [[-0.703, -0.8197, -0.5609, -0.0946, 0.3601, -0.3579, -0.7479, -0.0661], [-0.8075, 0.0529, 0.0251, 0.6136, 0.5529, 0.2292, 0.4954, -0.9681]], [[-0.6854, -0.6281, -0.0219, -0.0648, 0.9456, 0.0244, -0.2492, -0.8319], [0.0577, 0.5586, -0.5004, -0.2976, -0.1435, 0.5986, 0.9513, -0.8368]]]]> : tensor<1x3x2x8xf32>
  %kernel_interleaved_in1 = arith.constant dense<[[[-0.7817, 0.4017, -0.1761, -0.3118, -0.5406, -0.2354, 0.7381, 0.4206], [-0.7834, -0.196, -0.5071, 0.2653, -0.6048, 0.6901, -0.0695, 0.243], [0.1091, 0.4586, -0.9115, 0.6353, -0.4843, -0.3061, 0.4007, -0.7415]]]> : tensor<1x3x8xf32>
  %kernel_interleaved_out = call @kernel_interleaved(%kernel_interleaved_in0, %kernel_interleaved_in1) : (tensor<1x3x2x8xf32>, tensor<1x3x8xf32>) -> tensor<1x3x2x8xf32>
  %kernel_interleaved_b0 = bufferization.to_buffer %kernel_interleaved_out : tensor<1x3x2x8xf32> to memref<1x3x2x8xf32>
  %kernel_interleaved_u0 = memref.cast %kernel_interleaved_b0 : memref<1x3x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%kernel_interleaved_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// The pair written as a reduction of size 2 over the [.., D/2, 2] view:
// each output channel sums its own term and its partner's, selected by the
// reduction index; the two iterations are run in order.

// CHECK-LABEL: func.func @kernel_reduction
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x8xf32>, %[[T:.+]]: tensor<3x4xf32>)
// CHECK: rope.rotate interleaved %[[X]] : tensor<2x3x8xf32> angles(%[[T]] : tensor<3x4xf32>) {rotary_dim = 8 : i64
func.func @kernel_reduction(%x: tensor<2x3x8xf32>, %table: tensor<3x4xf32>) -> tensor<2x3x8xf32> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<2x3x8xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%empty : tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
  %x4 = tensor.expand_shape %x [[0], [1], [2, 3]] output_shape [2, 3, 4, 2] : tensor<2x3x8xf32> into tensor<2x3x4x2xf32>
  %result = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1, d2 floordiv 2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 floordiv 2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%table, %x4 : tensor<3x4xf32>, tensor<2x3x4x2xf32>) outs(%fill : tensor<2x3x8xf32>) {
  ^bb0(%t: f32, %in: f32, %acc: f32):
    %j = linalg.index 2 : index
    %k = linalg.index 3 : index
    %c = math.cos %t : f32
    %s = math.sin %t : f32
    %parity = arith.remui %j, %c2 : index
    %own = arith.cmpi eq, %parity, %k : index
    %even = arith.cmpi eq, %parity, %c0 : index
    %xc = arith.mulf %in, %c : f32
    %xs = arith.mulf %in, %s : f32
    %nxs = arith.negf %xs : f32
    %partner = arith.select %even, %nxs, %xs : f32
    %term = arith.select %own, %xc, %partner : f32
    %sum = arith.addf %acc, %term : f32
    linalg.yield %sum : f32
  } -> tensor<2x3x8xf32>
  return %result : tensor<2x3x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %kernel_reduction_in0 = arith.constant dense<[[[0.1504, 0.0376, -0.0254, 0.2099, 0.0364, 0.8169, -0.8016, 0.2684], [0.9529, 0.0134, 0.9681, -0.9036, -0.2403, -0.7127, 0.1967, 0.2114], [-0.6139, 0.3114, 0.9729, -0.5744, 0.5485, 0.4773, -0.4438, 0.0417]], [[0.4003, -0.7817, 0.5024, 0.3334, -0.0812, -0.7112, 0.6563, -0.3986], [-0.1605, 0.8455, -0.9764, -0.9187, 0.5595, 0.8581, 0.2417, 0.3064], [-0.2206, 0.8483, 0.3319, -0.963, -0.7924, 0.5227, -0.6293, 0.3446]]]> : tensor<2x3x8xf32>
  %kernel_reduction_in1 = arith.constant dense<[[-0.3176, 0.5703, -0.765, -0.0719], [-0.0235, 0.6643, -0.7393, 0.6448], [-0.2844, -0.7884, 0.0333, 0.6928]]> : tensor<3x4xf32>
  %kernel_reduction_out = call @kernel_reduction(%kernel_reduction_in0, %kernel_reduction_in1) : (tensor<2x3x8xf32>, tensor<3x4xf32>) -> tensor<2x3x8xf32>
  %kernel_reduction_b0 = bufferization.to_buffer %kernel_reduction_out : tensor<2x3x8xf32> to memref<2x3x8xf32>
  %kernel_reduction_u0 = memref.cast %kernel_reduction_b0 : memref<2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%kernel_reduction_u0) : (memref<*xf32>) -> ()
  return
}


// -----

// The sign applied to the sin table rather than to the partner, and the
// own term contracted into math.fma (a product and a sum up to rounding):
// per-pair cos/sin tables [S, D/2].

// CHECK-LABEL: func.func @fma_signed_sin
// CHECK-SAME: (%[[X:.+]]: tensor<5x8xf32>, %[[COS:.+]]: tensor<5x4xf32>, %[[SIN:.+]]: tensor<5x4xf32>)
// CHECK: rope.rotate half %[[X]] : tensor<5x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<5x4xf32>, tensor<5x4xf32>) {rotary_dim = 8 : i64
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @fma_signed_sin(%x: tensor<5x8xf32>, %cos: tensor<5x4xf32>, %sin: tensor<5x4xf32>) -> tensor<5x8xf32> {
  %e = tensor.empty() : tensor<5x8xf32>
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %r = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<5x8xf32>) outs(%e : tensor<5x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %s = linalg.index 0 : index
    %j = linalg.index 1 : index
    %i = arith.remui %j, %c4 : index
    %first = arith.cmpi ult, %j, %c4 : index
    %jp = arith.addi %j, %c4 : index
    %p = arith.remui %jp, %c8 : index
    %xp = tensor.extract %x[%s, %p] : tensor<5x8xf32>
    %c = tensor.extract %cos[%s, %i] : tensor<5x4xf32>
    %sn = tensor.extract %sin[%s, %i] : tensor<5x4xf32>
    %nsn = arith.negf %sn : f32
    %ss = arith.select %first, %nsn, %sn : f32
    %t = arith.mulf %xp, %ss : f32
    %y = math.fma %v, %c, %t : f32
    linalg.yield %y : f32
  } -> tensor<5x8xf32>
  return %r : tensor<5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %fma_signed_sin_in0 = arith.constant dense<[[0.6369, 0.6725, 0.358, -0.3057, 0.4062, -0.667, 0.129, -0.3146], [-0.3066, -0.3285, 0.0526, 0.401, 0.1449, -0.2856, 0.9192, -0.18], [-0.5738, -0.3136, -0.2407, -0.0171, -0.1866, -0.8716, -0.173, 0.3469], [-0.8094, 0.7049, -0.882, 0.1331, 0.5535, -0.695, -0.1431, 0.519], [-0.1982, -0.4584, -0.0507, 0.2142, -0.8257, -0.4399, 0.3949, -0.3733]]> : tensor<5x8xf32>
  %fma_signed_sin_in1 = arith.constant dense<[[0.1188, 0.4523, 0.9862, -0.6997], [-0.3216, 0.3906, 0.513, -0.7567], [0.5858, -0.0192, -0.1561, 0.0755], [0.8451, 0.4078, 0.3368, -0.1136], [-0.0106, -0.3767, 0.2389, 0.7088]]> : tensor<5x4xf32>
  %fma_signed_sin_in2 = arith.constant dense<[[-0.8709, -0.8939, -0.4771, 0.4809], [-0.3772, 0.1218, -0.198, -0.6872], [0.6385, -0.01, -0.9606, 0.4521], [0.9455, 0.7078, 0.2963, -0.5667], [-0.1976, -0.2332, -0.5825, 0.1078]]> : tensor<5x4xf32>
  %fma_signed_sin_out = call @fma_signed_sin(%fma_signed_sin_in0, %fma_signed_sin_in1, %fma_signed_sin_in2) : (tensor<5x8xf32>, tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %fma_signed_sin_b0 = bufferization.to_buffer %fma_signed_sin_out : tensor<5x8xf32> to memref<5x8xf32>
  %fma_signed_sin_u0 = memref.cast %fma_signed_sin_b0 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%fma_signed_sin_u0) : (memref<*xf32>) -> ()
  return
}

