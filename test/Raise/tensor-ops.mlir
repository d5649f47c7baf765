// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// Elementwise math applied directly to tensors as importers emit it
// (arith.sitofp/mulf/addf/negf, math.cos/sin on tensor values), the outer
// product as broadcasts and a tensor mulf, and the duplicated frequencies
// cat(freqs, freqs) followed by an add with a zeros constant.

// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @tensors
// CHECK-SAME: (%[[X:.+]]: tensor<5x8xf32>, %[[POS:.+]]: tensor<5xi32>)
// CHECK: %[[T:.+]] = rope.freqs %[[POS]] {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 5.000000e-01, 2.500000e-01, 1.250000e-01>} : tensor<5xi32>
// CHECK: rope.rotate half %[[X]] : tensor<5x8xf32> angles(%[[T]] : tensor<5x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: math.cos
func.func @tensors(%x: tensor<5x8xf32>, %pos: tensor<5xi32>) -> tensor<5x8xf32> {
  %inv = arith.constant dense<[[1.0, 0.5, 0.25, 0.125]]> : tensor<1x4xf32>
  %z = arith.constant dense<0.0> : tensor<5x8xf32>
  %pf = arith.sitofp %pos : tensor<5xi32> to tensor<5xf32>
  %e = tensor.empty() : tensor<5x4xf32>
  %pb = linalg.broadcast ins(%pf : tensor<5xf32>) outs(%e : tensor<5x4xf32>) dimensions = [1]
  %ib = tensor.collapse_shape %inv [[0, 1]] : tensor<1x4xf32> into tensor<4xf32>
  %ibb = linalg.broadcast ins(%ib : tensor<4xf32>) outs(%e : tensor<5x4xf32>) dimensions = [0]
  %f = arith.mulf %pb, %ibb : tensor<5x4xf32>
  %ff = tensor.concat dim(1) %f, %f : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %emb = arith.addf %ff, %z : tensor<5x8xf32>
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
  %tensors_in0 = arith.constant dense<[[0.0074, -0.2432, 0.2544, 0.1792, 0.0563, -0.9462, -0.2208, -0.955], [-0.2516, 0.1212, -0.2417, -0.4988, 0.3492, -0.8781, 0.0001, 0.4077], [-0.159, -0.1438, -0.1563, 0.0715, 0.3959, 0.3164, -0.629, -0.2375], [0.6296, -0.7474, 0.4964, -0.6663, 0.1531, -0.7344, -0.4659, 0.5599], [-0.4264, -0.453, 0.8257, 0.9906, -0.2762, -0.285, 0.8129, -0.6732]]> : tensor<5x8xf32>
  %tensors_in1 = arith.constant dense<[5, 7, 3, 5, 6]> : tensor<5xi32>
  %tensors_out = call @tensors(%tensors_in0, %tensors_in1) : (tensor<5x8xf32>, tensor<5xi32>) -> tensor<5x8xf32>
  %tensors_b0 = bufferization.to_buffer %tensors_out : tensor<5x8xf32> to memref<5x8xf32>
  %tensors_u0 = memref.cast %tensors_b0 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%tensors_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// cat(freqs, freqs) written as a broadcast over a new dim of 2 and a
// collapse_shape; the outer product with inv_freq on the left.

// CHECK-LABEL: func.func @broadcast_duplication
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>, %[[POS:.+]]: tensor<4xi64>)
// CHECK: %[[T:.+]] = rope.freqs %[[POS]] {dim = 8 : i64
// CHECK: rope.rotate half %[[X]] : tensor<4x8xf32> angles(%[[T]] : tensor<4x4xf32>)
func.func @broadcast_duplication(%x: tensor<4x8xf32>, %pos: tensor<4xi64>) -> tensor<4x8xf32> {
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125]> : tensor<4xf32>
  %e = tensor.empty() : tensor<4x4xf32>
  %f = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<4xi64>, tensor<4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %w, %pf : f32
    linalg.yield %m : f32
  } -> tensor<4x4xf32>
  // cat(freqs, freqs) as broadcast over a new dim of 2 then collapse.
  %b0 = tensor.empty() : tensor<4x2x4xf32>
  %b = linalg.broadcast ins(%f : tensor<4x4xf32>) outs(%b0 : tensor<4x2x4xf32>) dimensions = [1]
  %emb = tensor.collapse_shape %b [[0], [1, 2]] : tensor<4x2x4xf32> into tensor<4x8xf32>
  %c = math.cos %emb : tensor<4x8xf32>
  %s = math.sin %emb : tensor<4x8xf32>
  %x1 = tensor.extract_slice %x[0, 0] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %n = arith.negf %x2 : tensor<4x4xf32>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  %a = arith.mulf %x, %c : tensor<4x8xf32>
  %bb = arith.mulf %rot, %s : tensor<4x8xf32>
  %r = arith.addf %a, %bb : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %broadcast_duplication_in0 = arith.constant dense<[[-0.3232, 0.5858, -0.5195, -0.9973, -0.3402, 0.5109, 0.8213, 0.5201], [-0.7968, -0.3907, 0.6311, 0.5011, -0.6984, 0.7074, 0.1561, -0.2897], [-0.1789, 0.5121, -0.6674, -0.9967, 0.223, 0.2361, -0.1849, 0.337], [-0.1954, 0.4642, -0.6945, 0.7177, -0.9527, 0.9411, -0.6805, 0.6526]]> : tensor<4x8xf32>
  %broadcast_duplication_in1 = arith.constant dense<[7, 3, 6, 1]> : tensor<4xi64>
  %broadcast_duplication_out = call @broadcast_duplication(%broadcast_duplication_in0, %broadcast_duplication_in1) : (tensor<4x8xf32>, tensor<4xi64>) -> tensor<4x8xf32>
  %broadcast_duplication_b0 = bufferization.to_buffer %broadcast_duplication_out : tensor<4x8xf32> to memref<4x8xf32>
  %broadcast_duplication_u0 = memref.cast %broadcast_duplication_b0 : memref<4x8xf32> to memref<*xf32>
  call @printMemrefF32(%broadcast_duplication_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// repeat_interleave(2) of the frequencies (expand, broadcast with a
// constant-0 map, collapse) with the real interleaved rotate: GPT-J pairs.

// CHECK-LABEL: func.func @repeat_interleave
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>, %[[POS:.+]]: tensor<4xi64>)
// CHECK: %[[T:.+]] = rope.freqs %[[POS]] {dim = 8 : i64
// CHECK: rope.rotate interleaved %[[X]] : tensor<4x8xf32> angles(%[[T]] : tensor<4x4xf32>)
func.func @repeat_interleave(%x: tensor<4x8xf32>, %pos: tensor<4xi64>) -> tensor<4x8xf32> {
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125]> : tensor<4xf32>
  %e = tensor.empty() : tensor<4x4xf32>
  %f = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<4xi64>, tensor<4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<4x4xf32>
  // repeat_interleave(2, -1): expand to [.., 4, 1], broadcast to [.., 4, 2], collapse.
  %f3 = tensor.expand_shape %f [[0], [1, 2]] output_shape [4, 4, 1] : tensor<4x4xf32> into tensor<4x4x1xf32>
  %b0 = tensor.empty() : tensor<4x4x2xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, 0)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%f3 : tensor<4x4x1xf32>) outs(%b0 : tensor<4x4x2xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<4x4x2xf32>
  %emb = tensor.collapse_shape %b [[0], [1, 2]] : tensor<4x4x2xf32> into tensor<4x8xf32>
  %c = math.cos %emb : tensor<4x8xf32>
  %s = math.sin %emb : tensor<4x8xf32>
  %x3 = tensor.expand_shape %x [[0], [1, 2]] output_shape [4, 4, 2] : tensor<4x8xf32> into tensor<4x4x2xf32>
  %xr = tensor.extract_slice %x3[0, 0, 0] [4, 4, 1] [1, 1, 1] : tensor<4x4x2xf32> to tensor<4x4xf32>
  %xi = tensor.extract_slice %x3[0, 0, 1] [4, 4, 1] [1, 1, 1] : tensor<4x4x2xf32> to tensor<4x4xf32>
  %nxi = arith.negf %xi : tensor<4x4xf32>
  %a3 = tensor.expand_shape %nxi [[0], [1, 2]] output_shape [4, 4, 1] : tensor<4x4xf32> into tensor<4x4x1xf32>
  %b3 = tensor.expand_shape %xr [[0], [1, 2]] output_shape [4, 4, 1] : tensor<4x4xf32> into tensor<4x4x1xf32>
  %st = tensor.concat dim(2) %a3, %b3 : (tensor<4x4x1xf32>, tensor<4x4x1xf32>) -> tensor<4x4x2xf32>
  %rot = tensor.collapse_shape %st [[0], [1, 2]] : tensor<4x4x2xf32> into tensor<4x8xf32>
  %p = arith.mulf %x, %c : tensor<4x8xf32>
  %q = arith.mulf %rot, %s : tensor<4x8xf32>
  %r = arith.addf %p, %q : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %repeat_interleave_in0 = arith.constant dense<[[-0.2313, -0.5745, -0.2215, -0.901, 0.3462, 0.9016, -0.1986, 0.9127], [-0.0896, 0.7332, 0.7543, -0.7425, -0.2282, -0.4666, -0.6689, -0.0831], [0.2666, -0.5424, 0.8165, -0.5022, -0.1408, -0.5964, -0.6086, 0.6069], [0.9867, 0.2363, -0.0112, 0.131, -0.648, -0.136, -0.7485, 0.3753]]> : tensor<4x8xf32>
  %repeat_interleave_in1 = arith.constant dense<[0, 1, 0, 7]> : tensor<4xi64>
  %repeat_interleave_out = call @repeat_interleave(%repeat_interleave_in0, %repeat_interleave_in1) : (tensor<4x8xf32>, tensor<4xi64>) -> tensor<4x8xf32>
  %repeat_interleave_b0 = bufferization.to_buffer %repeat_interleave_out : tensor<4x8xf32> to memref<4x8xf32>
  %repeat_interleave_u0 = memref.cast %repeat_interleave_b0 : memref<4x8xf32> to memref<*xf32>
  call @printMemrefF32(%repeat_interleave_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: repeat_interleave of the frequencies but rotate_half pairing:
// channel i then takes the angle of pair i/2 while its partner (i + 4) takes
// that of pair (i + 4)/2: the pairs do not share an angle. The cos/sin
// tensors are used element by element instead, which is exactly the IR.

// CHECK-LABEL: func.func @repeat_interleave_half
// CHECK-NOT: rope.freqs
// CHECK: rope.rotate half %{{.+}} : tensor<4x8xf32> cos_sin(%{{.+}}, %{{.+}} : tensor<4x8xf32>, tensor<4x8xf32>)
func.func @repeat_interleave_half(%x: tensor<4x8xf32>, %pos: tensor<4xi64>) -> tensor<4x8xf32> {
  %inv = arith.constant dense<[1.0, 0.5, 0.25, 0.125]> : tensor<4xf32>
  %e = tensor.empty() : tensor<4x4xf32>
  %f = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<4xi64>, tensor<4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<4x4xf32>
  // repeat_interleave(2, -1): expand to [.., 4, 1], broadcast to [.., 4, 2], collapse.
  %f3 = tensor.expand_shape %f [[0], [1, 2]] output_shape [4, 4, 1] : tensor<4x4xf32> into tensor<4x4x1xf32>
  %b0 = tensor.empty() : tensor<4x4x2xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, 0)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%f3 : tensor<4x4x1xf32>) outs(%b0 : tensor<4x4x2xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<4x4x2xf32>
  %emb = tensor.collapse_shape %b [[0], [1, 2]] : tensor<4x4x2xf32> into tensor<4x8xf32>
  %c = math.cos %emb : tensor<4x8xf32>
  %s = math.sin %emb : tensor<4x8xf32>
  %x1 = tensor.extract_slice %x[0, 0] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %nx2 = arith.negf %x2 : tensor<4x4xf32>
  %rot = tensor.concat dim(1) %nx2, %x1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  %p = arith.mulf %x, %c : tensor<4x8xf32>
  %q = arith.mulf %rot, %s : tensor<4x8xf32>
  %r = arith.addf %p, %q : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %repeat_interleave_half_in0 = arith.constant dense<[[-0.2072, -0.7788, -0.5954, 0.8733, -0.9397, -0.2235, 0.303, 0.2206], [0.4456, -0.7031, 0.4153, -0.3946, -0.4325, 0.1485, 0.7759, -0.6544], [-0.9764, -0.8683, 0.1812, -0.0072, 0.014, 0.7508, 0.145, 0.5726], [-0.3572, -0.0925, -0.3494, -0.0349, -0.881, -0.8543, 0.7464, -0.4499]]> : tensor<4x8xf32>
  %repeat_interleave_half_in1 = arith.constant dense<[7, 4, 1, 5]> : tensor<4xi64>
  %repeat_interleave_half_out = call @repeat_interleave_half(%repeat_interleave_half_in0, %repeat_interleave_half_in1) : (tensor<4x8xf32>, tensor<4xi64>) -> tensor<4x8xf32>
  %repeat_interleave_half_b0 = bufferization.to_buffer %repeat_interleave_half_out : tensor<4x8xf32> to memref<4x8xf32>
  %repeat_interleave_half_u0 = memref.cast %repeat_interleave_half_b0 : memref<4x8xf32> to memref<*xf32>
  call @printMemrefF32(%repeat_interleave_half_u0) : (memref<*xf32>) -> ()
  return
}

