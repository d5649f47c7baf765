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

