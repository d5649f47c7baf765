// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// Dynamic batch and sequence: slices sized with tensor.dim, rotate_half as
// insert_slice into a dynamically sized tensor.empty (its coverage of the
// whole tensor is proven with value bounds), cos/sin broadcast over heads by
// a constant-0 map.

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bc = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @dynamic_hf
// CHECK-SAME: (%[[Q:.+]]: tensor<?x2x?x8xf32>, %[[COS:.+]]: tensor<?x?x8xf32>, %[[SIN:.+]]: tensor<?x?x8xf32>)
// CHECK: %[[R:.+]] = rope.rotate half %[[Q]] : tensor<?x2x?x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<?x?x8xf32>, tensor<?x?x8xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: tensor.insert_slice
// CHECK: return %[[R]]
// INPUT: @dynamic_hf %q shape=2x2x3x8
// INPUT: @dynamic_hf %cos shape=2x3x8
// INPUT: @dynamic_hf %sin shape=2x3x8
func.func @dynamic_hf(%q: tensor<?x2x?x8xf32>, %cos: tensor<?x?x8xf32>, %sin: tensor<?x?x8xf32>) -> tensor<?x2x?x8xf32> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %b = tensor.dim %q, %c0 : tensor<?x2x?x8xf32>
  %s = tensor.dim %q, %c2 : tensor<?x2x?x8xf32>
  %cb = tensor.dim %cos, %c0 : tensor<?x?x8xf32>
  %c1 = arith.constant 1 : index
  %cs = tensor.dim %cos, %c1 : tensor<?x?x8xf32>
  %c4 = tensor.expand_shape %cos [[0, 1], [2], [3]] output_shape [%cb, 1, %cs, 8] : tensor<?x?x8xf32> into tensor<?x1x?x8xf32>
  %s4 = tensor.expand_shape %sin [[0, 1], [2], [3]] output_shape [%cb, 1, %cs, 8] : tensor<?x?x8xf32> into tensor<?x1x?x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0, 0] [%b, 2, %s, 4] [1, 1, 1, 1] : tensor<?x2x?x8xf32> to tensor<?x2x?x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 0, 4] [%b, 2, %s, 4] [1, 1, 1, 1] : tensor<?x2x?x8xf32> to tensor<?x2x?x4xf32>
  %e4 = tensor.empty(%b, %s) : tensor<?x2x?x4xf32>
  %n = linalg.negf ins(%x2 : tensor<?x2x?x4xf32>) outs(%e4 : tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %e = tensor.empty(%b, %s) : tensor<?x2x?x8xf32>
  %i1 = tensor.insert_slice %n into %e[0, 0, 0, 0] [%b, 2, %s, 4] [1, 1, 1, 1] : tensor<?x2x?x4xf32> into tensor<?x2x?x8xf32>
  %rot = tensor.insert_slice %x1 into %i1[0, 0, 0, 4] [%b, 2, %s, 4] [1, 1, 1, 1] : tensor<?x2x?x4xf32> into tensor<?x2x?x8xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #bc, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q, %rot, %c4, %s4 : tensor<?x2x?x8xf32>, tensor<?x2x?x8xf32>, tensor<?x1x?x8xf32>, tensor<?x1x?x8xf32>) outs(%e : tensor<?x2x?x8xf32>) {
  ^bb0(%x: f32, %y: f32, %cc: f32, %ss: f32, %o: f32):
    %a = arith.mulf %x, %cc : f32
    %bb = arith.mulf %y, %ss : f32
    %z = arith.addf %a, %bb : f32
    linalg.yield %z : f32
  } -> tensor<?x2x?x8xf32>
  return %r : tensor<?x2x?x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %dynamic_hf_in0 = arith.constant dense<[[[[-0.6828, 0.1359, -0.8933, 0.892, 0.2283, -0.9168, -0.2111, 0.8781], [0.283, -0.9535, 0.3898, 0.8328, 0.5979, 0.6283, 0.7295, -0.0269], [0.9298, -0.4309, -0.9679, 0.8844, -0.5427, -0.7881, 0.4308, 0.6809]], [[-0.661, 0.0945, -0.9483, 0.5245, 0.8809, 0.3395, 0.1252, 0.8399], [0.0012, -0.966, 0.7319, -0.6301, 0.6154, -0.5846, 0.1958, -0.7993], [-0.1788, 0.1214, -0.2349, 0.3083, -0.102, -0.182, 0.6909, -0.9698]]], [[[-0.5025, -0.617, -0.7759, 0.4503, 0.5341, 0.1329, 0.5044, 0.2189], [-0.1673, -0.7417, 0.7343, 0.2018, 0.1778, 0.2613, -0.7934, 0.0291], [0.4384, -0.6052, -0.3255, 0.2345, -0.806, -0.1154, -0.8446, 0.4695]], [[-0.5046, 0.03, -0.5735, 0.3237, 0.6423, 0.1603, -0.4968, 0.9372], [0.803, -0.1168, 0.2916, -0.3142, 0.9428, -0.8068, -0.1458, 0.9305], [-0.6247, 0.6263, -0.3868, 0.1306, 0.4719, 0.6932, -0.9282, -0.3631]]]]> : tensor<2x2x3x8xf32>
  %dynamic_hf_in0_c = tensor.cast %dynamic_hf_in0 : tensor<2x2x3x8xf32> to tensor<?x2x?x8xf32>
  %dynamic_hf_in1 = arith.constant dense<[[[-0.1753, -0.834, -0.766, 0.4103, 0.9207, -0.0322, -0.9515, 0.833], [-0.7914, -0.0746, 0.1198, 0.1401, -0.0006, -0.175, -0.3597, 0.4344], [-0.0892, 0.5307, 0.9793, 0.743, -0.544, -0.3085, 0.0155, -0.2848]], [[-0.9099, -0.3955, -0.6142, 0.6297, -0.1906, -0.1692, 0.6583, -0.9673], [0.0031, 0.5005, -0.9474, -0.8096, -0.8462, -0.3481, 0.5572, -0.639], [-0.0467, -0.8075, 0.6676, -0.1948, 0.7305, -0.1132, 0.8552, 0.0636]]]> : tensor<2x3x8xf32>
  %dynamic_hf_in1_c = tensor.cast %dynamic_hf_in1 : tensor<2x3x8xf32> to tensor<?x?x8xf32>
  %dynamic_hf_in2 = arith.constant dense<[[[0.3329, 0.5652, -0.8001, -0.5058, 0.9825, -0.6504, 0.9733, -0.6752], [0.1631, -0.7806, 0.0092, 0.9605, -0.8568, -0.8199, 0.4991, 0.665], [0.177, 0.995, -0.6845, -0.1654, 0.4222, -0.9686, -0.8277, -0.4246]], [[0.3022, -0.5113, -0.103, 0.5688, 0.6615, 0.4069, 0.7633, 0.4064], [-0.7653, 0.5954, 0.7278, 0.4748, 0.9766, -0.6082, 0.0756, 0.9153], [0.6375, -0.9362, -0.8949, 0.0572, 0.853, 0.8747, -0.3718, 0.9855]]]> : tensor<2x3x8xf32>
  %dynamic_hf_in2_c = tensor.cast %dynamic_hf_in2 : tensor<2x3x8xf32> to tensor<?x?x8xf32>
  %dynamic_hf_out = call @dynamic_hf(%dynamic_hf_in0_c, %dynamic_hf_in1_c, %dynamic_hf_in2_c) : (tensor<?x2x?x8xf32>, tensor<?x?x8xf32>, tensor<?x?x8xf32>) -> tensor<?x2x?x8xf32>
  %dynamic_hf_b0 = bufferization.to_buffer %dynamic_hf_out : tensor<?x2x?x8xf32> to memref<?x2x?x8xf32>
  %dynamic_hf_u0 = memref.cast %dynamic_hf_b0 : memref<?x2x?x8xf32> to memref<*xf32>
  call @printMemrefF32(%dynamic_hf_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Positions arange(S) over a dynamic S, frequencies inline: rope.freqs needs
// a static `length`, so the positions are materialized (i64, one per token).

#r2 = affine_map<(d0, d1) -> (d0)>
#c2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @dynamic_arange
// CHECK-SAME: (%[[X:.+]]: tensor<?x8xf32>)
// CHECK: %[[P:.+]] = linalg.generic
// CHECK: linalg.index 0
// CHECK: %[[T:.+]] = rope.freqs %[[P]] {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 5.000000e-01, 2.500000e-01, 1.250000e-01>} : tensor<?xi64>
// CHECK: rope.rotate half %[[X]] : tensor<?x8xf32> angles(%[[T]] : tensor<?x4xf32>)
// INPUT: @dynamic_arange %x shape=6x8
func.func @dynamic_arange(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %c0 = arith.constant 0 : index
  %s = tensor.dim %x, %c0 : tensor<?x8xf32>
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125]> : tensor<4xf32>
  %fe = tensor.empty(%s) : tensor<?x4xf32>
  %freqs = linalg.generic {indexing_maps = [#c2, #id2], iterator_types = ["parallel", "parallel"]} ins(%inv : tensor<4xf32>) outs(%fe : tensor<?x4xf32>) {
  ^bb0(%w: f32, %o: f32):
    %i = linalg.index 0 : index
    %ii = arith.index_cast %i : index to i64
    %pf = arith.sitofp %ii : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<?x4xf32>
  %emb = tensor.concat dim(1) %freqs, %freqs : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x8xf32>
  %c = math.cos %emb : tensor<?x8xf32>
  %sn = math.sin %emb : tensor<?x8xf32>
  %x1 = tensor.extract_slice %x[0, 0] [%s, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [%s, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %n = arith.negf %x2 : tensor<?x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x8xf32>
  %a = arith.mulf %x, %c : tensor<?x8xf32>
  %b = arith.mulf %rot, %sn : tensor<?x8xf32>
  %r = arith.addf %a, %b : tensor<?x8xf32>
  return %r : tensor<?x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %dynamic_arange_in0 = arith.constant dense<[[0.4469, -0.9586, -0.1868, 0.0713, -0.1997, -0.6949, -0.9071, 0.0209], [0.9882, -0.5451, 0.7512, -0.5785, 0.8872, 0.0949, 0.0654, 0.082], [0.9425, 0.3459, 0.2693, -0.3577, 0.465, 0.5928, 0.2384, -0.6523], [-0.3253, -0.1021, 0.3614, 0.3133, 0.7415, -0.502, -0.1691, -0.4163], [0.1143, -0.2307, 0.8987, -0.2532, 0.7741, 0.195, -0.25, 0.0693], [0.115, 0.2887, 0.0378, 0.5843, 0.9062, -0.0202, 0.5492, -0.626]]> : tensor<6x8xf32>
  %dynamic_arange_in0_c = tensor.cast %dynamic_arange_in0 : tensor<6x8xf32> to tensor<?x8xf32>
  %dynamic_arange_out = call @dynamic_arange(%dynamic_arange_in0_c) : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %dynamic_arange_b0 = bufferization.to_buffer %dynamic_arange_out : tensor<?x8xf32> to memref<?x8xf32>
  %dynamic_arange_u0 = memref.cast %dynamic_arange_b0 : memref<?x8xf32> to memref<*xf32>
  call @printMemrefF32(%dynamic_arange_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: the second insert_slice covers only the first %half rows of a
// dynamic sequence; the rest of rotate_half is uninitialized, so the value
// is not a rotation that can be proven.

// CHECK-LABEL: func.func @partial_cover
// CHECK-NOT: rope.rotate
// CHECK: return
// INPUT: @partial_cover %q shape=4x8
// INPUT: @partial_cover %cos shape=4x8
// INPUT: @partial_cover %sin shape=4x8
func.func @partial_cover(%q: tensor<?x8xf32>, %cos: tensor<?x8xf32>, %sin: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %s = tensor.dim %q, %c0 : tensor<?x8xf32>
  %half = arith.divui %s, %c2 : index
  %x1 = tensor.extract_slice %q[0, 0] [%s, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %x2 = tensor.extract_slice %q[0, 4] [%s, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %n = arith.negf %x2 : tensor<?x4xf32>
  %e = tensor.empty(%s) : tensor<?x8xf32>
  %zero = arith.constant 0.0 : f32
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<?x8xf32>) -> tensor<?x8xf32>
  %i1 = tensor.insert_slice %n into %z[0, 0] [%s, 4] [1, 1] : tensor<?x4xf32> into tensor<?x8xf32>
  %x1h = tensor.extract_slice %x1[0, 0] [%half, 4] [1, 1] : tensor<?x4xf32> to tensor<?x4xf32>
  %rot = tensor.insert_slice %x1h into %i1[0, 4] [%half, 4] [1, 1] : tensor<?x4xf32> into tensor<?x8xf32>
  %a = arith.mulf %q, %cos : tensor<?x8xf32>
  %b = arith.mulf %rot, %sin : tensor<?x8xf32>
  %r = arith.addf %a, %b : tensor<?x8xf32>
  return %r : tensor<?x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %partial_cover_in0 = arith.constant dense<[[0.5301, 0.7413, 0.2149, -0.529, 0.9262, -0.9307, -0.6645, -0.3191], [-0.3344, 0.0682, -0.9414, -0.7973, 0.441, -0.7894, 0.1899, -0.2015], [0.3205, 0.3184, -0.679, -0.8906, -0.0847, -0.7221, -0.5044, -0.1284], [-0.408, 0.5907, 0.3518, -0.7932, -0.7164, 0.3881, -0.5018, 0.4093]]> : tensor<4x8xf32>
  %partial_cover_in0_c = tensor.cast %partial_cover_in0 : tensor<4x8xf32> to tensor<?x8xf32>
  %partial_cover_in1 = arith.constant dense<[[0.2373, -0.3795, 0.3049, -0.2774, -0.9745, 0.1273, -0.3875, -0.7243], [0.3826, -0.761, 0.251, -0.4671, 0.2044, -0.3989, 0.4691, -0.3075], [0.2857, 0.1707, 0.9707, -0.5329, 0.5086, 0.6894, 0.9304, -0.8866], [0.9248, -0.2358, -0.7091, 0.3686, -0.4391, -0.7938, 0.1802, -0.8728]]> : tensor<4x8xf32>
  %partial_cover_in1_c = tensor.cast %partial_cover_in1 : tensor<4x8xf32> to tensor<?x8xf32>
  %partial_cover_in2 = arith.constant dense<[[-0.2716, 0.9492, 0.671, 0.6108, 0.6755, -0.6159, 0.1798, -0.6954], [-0.9593, -0.6703, -0.8936, -0.0343, -0.1133, -0.3472, -0.0136, 0.0123], [-0.5314, 0.2111, -0.7467, -0.4707, -0.6593, 0.8361, -0.1972, 0.952], [-0.1024, 0.5768, 0.1958, 0.711, 0.402, 0.947, 0.2856, 0.5124]]> : tensor<4x8xf32>
  %partial_cover_in2_c = tensor.cast %partial_cover_in2 : tensor<4x8xf32> to tensor<?x8xf32>
  %partial_cover_out = call @partial_cover(%partial_cover_in0_c, %partial_cover_in1_c, %partial_cover_in2_c) : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  %partial_cover_b0 = bufferization.to_buffer %partial_cover_out : tensor<?x8xf32> to memref<?x8xf32>
  %partial_cover_u0 = memref.cast %partial_cover_b0 : memref<?x8xf32> to memref<*xf32>
  call @printMemrefF32(%partial_cover_u0) : (memref<*xf32>) -> ()
  return
}


// -----
// The front end checks the sizes of the cos/sin tables (tensor.dim +
// cf.assert, as torch-mlir emits for broadcasts): the checks stay, answered
// from the shapes the tables were computed from, and the cos/sin chain does
// not stay alive for them.

#r3 = affine_map<(d0, d1) -> (d0)>
#c3 = affine_map<(d0, d1) -> (d1)>
#id3 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @dynamic_shape_checks
// CHECK-SAME: (%[[X:.+]]: tensor<?x8xf32>)
// CHECK-NOT: math.cos
// CHECK-NOT: math.sin
// CHECK-NOT: tensor.concat
// CHECK: cf.assert
// CHECK: cf.assert
// CHECK: %[[T:.+]] = rope.freqs
// CHECK: rope.rotate half %[[X]] : tensor<?x8xf32> angles(%[[T]] : tensor<?x4xf32>)
// INPUT: @dynamic_shape_checks %x shape=5x8
func.func @dynamic_shape_checks(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %c0 = arith.constant 0 : index
  %s = tensor.dim %x, %c0 : tensor<?x8xf32>
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125]> : tensor<4xf32>
  %fe = tensor.empty(%s) : tensor<?x4xf32>
  %freqs = linalg.generic {indexing_maps = [#c3, #id3], iterator_types = ["parallel", "parallel"]} ins(%inv : tensor<4xf32>) outs(%fe : tensor<?x4xf32>) {
  ^bb0(%w: f32, %o: f32):
    %i = linalg.index 0 : index
    %ii = arith.index_cast %i : index to i64
    %pf = arith.sitofp %ii : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<?x4xf32>
  %emb = tensor.concat dim(1) %freqs, %freqs : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x8xf32>
  %c = math.cos %emb : tensor<?x8xf32>
  %sn = math.sin %emb : tensor<?x8xf32>
  %dc = tensor.dim %c, %c0 : tensor<?x8xf32>
  %okc = arith.cmpi eq, %dc, %s : index
  cf.assert %okc, "mismatched size for broadcast"
  %ds = tensor.dim %sn, %c0 : tensor<?x8xf32>
  %oks = arith.cmpi eq, %ds, %s : index
  cf.assert %oks, "mismatched size for broadcast"
  %x1 = tensor.extract_slice %x[0, 0] [%s, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [%s, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %n = arith.negf %x2 : tensor<?x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x8xf32>
  %a = arith.mulf %x, %c : tensor<?x8xf32>
  %b = arith.mulf %rot, %sn : tensor<?x8xf32>
  %r = arith.addf %a, %b : tensor<?x8xf32>
  return %r : tensor<?x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %dynamic_shape_checks_in0 = arith.constant dense<[[-0.2649, -0.1163, -0.1947, 0.7909, 0.1159, -0.502, 0.3737, -0.2679], [0.1497, 0.5725, -0.9233, -0.7202, -0.8409, -0.6166, 0.4944, -0.3312], [0.5357, 0.2015, 0.2303, -0.9992, 0.6676, 0.4281, 0.5991, -0.591], [-0.6254, 0.8581, -0.6255, -0.5866, 0.3204, -0.5233, 0.5898, 0.3526], [0.0708, -0.5221, 0.3187, 0.9733, -0.1988, -0.2848, 0.7332, 0.5551]]> : tensor<5x8xf32>
  %dynamic_shape_checks_in0_c = tensor.cast %dynamic_shape_checks_in0 : tensor<5x8xf32> to tensor<?x8xf32>
  %dynamic_shape_checks_out = call @dynamic_shape_checks(%dynamic_shape_checks_in0_c) : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %dynamic_shape_checks_b0 = bufferization.to_buffer %dynamic_shape_checks_out : tensor<?x8xf32> to memref<?x8xf32>
  %dynamic_shape_checks_u0 = memref.cast %dynamic_shape_checks_b0 : memref<?x8xf32> to memref<*xf32>
  call @printMemrefF32(%dynamic_shape_checks_u0) : (memref<*xf32>) -> ()
  return
}

