// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// Qwen2-VL multimodal RoPE: freqs [3, B, S, D/2] from three position axes
// (t, h, w), emb = cat(freqs, freqs), then cos/sin chunks picked from axis
// i % 3 by mrope_section (here [1, 1, 2], doubled): rope.freqs with chunked
// sections over positions [S, 3].

// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @mrope
// CHECK-SAME: (%[[Q:.+]]: tensor<1x2x5x8xf32>, %[[POS:.+]]: tensor<3x1x5xi64>)
// CHECK: %[[P:.+]] = linalg.generic
// CHECK: %[[T:.+]] = rope.freqs %[[P]] {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03>, sections = array<i64: 1, 1, 2>} : tensor<5x3xf32>
// CHECK: rope.rotate half %[[Q]] : tensor<1x2x5x8xf32> angles(%[[T]] : tensor<5x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
#p4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#w4 = affine_map<(d0, d1, d2, d3) -> (d3)>
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @mrope(%q: tensor<1x2x5x8xf32>, %pos: tensor<3x1x5xi64>) -> tensor<1x2x5x8xf32> {
  %inv = arith.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %fe = tensor.empty() : tensor<3x1x5x4xf32>
  %f = linalg.generic {indexing_maps = [#p4, #w4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pos, %inv : tensor<3x1x5xi64>, tensor<4xf32>) outs(%fe : tensor<3x1x5x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %w, %pf : f32
    linalg.yield %m : f32
  } -> tensor<3x1x5x4xf32>
  %emb = tensor.concat dim(3) %f, %f : (tensor<3x1x5x4xf32>, tensor<3x1x5x4xf32>) -> tensor<3x1x5x8xf32>
  %cos = math.cos %emb : tensor<3x1x5x8xf32>
  %sin = math.sin %emb : tensor<3x1x5x8xf32>
  %c0 = tensor.extract_slice %cos[0, 0, 0, 0] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %c1 = tensor.extract_slice %cos[1, 0, 0, 1] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %c2 = tensor.extract_slice %cos[2, 0, 0, 2] [1, 1, 5, 2] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x2xf32>
  %c3 = tensor.extract_slice %cos[0, 0, 0, 4] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %c4 = tensor.extract_slice %cos[1, 0, 0, 5] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %c5 = tensor.extract_slice %cos[2, 0, 0, 6] [1, 1, 5, 2] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x2xf32>
  %cc = tensor.concat dim(2) %c0, %c1, %c2, %c3, %c4, %c5 : (tensor<1x5x1xf32>, tensor<1x5x1xf32>, tensor<1x5x2xf32>, tensor<1x5x1xf32>, tensor<1x5x1xf32>, tensor<1x5x2xf32>) -> tensor<1x5x8xf32>
  %s0 = tensor.extract_slice %sin[0, 0, 0, 0] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %s1 = tensor.extract_slice %sin[1, 0, 0, 1] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %s2 = tensor.extract_slice %sin[2, 0, 0, 2] [1, 1, 5, 2] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x2xf32>
  %s3 = tensor.extract_slice %sin[0, 0, 0, 4] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %s4 = tensor.extract_slice %sin[1, 0, 0, 5] [1, 1, 5, 1] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x1xf32>
  %s5 = tensor.extract_slice %sin[2, 0, 0, 6] [1, 1, 5, 2] [1, 1, 1, 1] : tensor<3x1x5x8xf32> to tensor<1x5x2xf32>
  %sc = tensor.concat dim(2) %s0, %s1, %s2, %s3, %s4, %s5 : (tensor<1x5x1xf32>, tensor<1x5x1xf32>, tensor<1x5x2xf32>, tensor<1x5x1xf32>, tensor<1x5x1xf32>, tensor<1x5x2xf32>) -> tensor<1x5x8xf32>
  %ce = tensor.empty() : tensor<1x2x5x8xf32>
  %cb = linalg.broadcast ins(%cc : tensor<1x5x8xf32>) outs(%ce : tensor<1x2x5x8xf32>) dimensions = [1]
  %sb = linalg.broadcast ins(%sc : tensor<1x5x8xf32>) outs(%ce : tensor<1x2x5x8xf32>) dimensions = [1]
  %x1 = tensor.extract_slice %q[0, 0, 0, 0] [1, 2, 5, 4] [1, 1, 1, 1] : tensor<1x2x5x8xf32> to tensor<1x2x5x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 0, 4] [1, 2, 5, 4] [1, 1, 1, 1] : tensor<1x2x5x8xf32> to tensor<1x2x5x4xf32>
  %n = arith.negf %x2 : tensor<1x2x5x4xf32>
  %rot = tensor.concat dim(3) %n, %x1 : (tensor<1x2x5x4xf32>, tensor<1x2x5x4xf32>) -> tensor<1x2x5x8xf32>
  %a = arith.mulf %q, %cb : tensor<1x2x5x8xf32>
  %b = arith.mulf %rot, %sb : tensor<1x2x5x8xf32>
  %r = arith.addf %a, %b : tensor<1x2x5x8xf32>
  return %r : tensor<1x2x5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %mrope_in0 = arith.constant dense<[[[[0.3995, -0.6445, -0.6919, 0.7318, 0.2817, -0.2488, 0.1107, 0.4695], [-0.1909, -0.7972, 0.5115, 0.6646, -0.3709, 0.6742, 0.2394, -0.6404], [-0.486, 0.7787, 0.0573, -0.8298, 0.5396, 0.1206, -0.8828, 0.7108], [0.0948, -0.353, -0.6642, -0.2312, -0.3371, -0.3185, -0.8671, -0.9612], [0.1397, 0.0779, 0.719, -0.956, 0.6195, -0.6629, -0.398, -0.0855]], [[-0.7748, -0.7918, 0.4542, -0.8531, 0.8442, 0.1767, 0.2583, -0.0258], [-0.2591, 0.9066, 0.3742, -0.3947, -0.4836, 0.452, 0.5231, -0.116], [-0.7916, -0.6871, 0.3966, 0.6839, 0.3568, -0.5773, 0.6696, 0.9126], [0.9132, 0.1607, -0.1007, 0.3165, -0.0913, -0.6735, -0.8185, 0.4555], [-0.7473, -0.2336, 0.3458, -0.8353, 0.2544, -0.8731, -0.4539, 0.6923]]]]> : tensor<1x2x5x8xf32>
  %mrope_in1 = arith.constant dense<[[[2, 1, 2, 2, 6]], [[7, 0, 4, 2, 7]], [[4, 0, 6, 0, 6]]]> : tensor<3x1x5xi64>
  %mrope_out = call @mrope(%mrope_in0, %mrope_in1) : (tensor<1x2x5x8xf32>, tensor<3x1x5xi64>) -> tensor<1x2x5x8xf32>
  %mrope_b0 = bufferization.to_buffer %mrope_out : tensor<1x2x5x8xf32> to memref<1x2x5x8xf32>
  %mrope_u0 = memref.cast %mrope_b0 : memref<1x2x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%mrope_u0) : (memref<*xf32>) -> ()
  return
}

