// Reference lowering of rope.freqs: one linalg.generic over the angle table
// whose body is angle = (f32(position) * position_scale) * inv_freq[slot],
// with the inverse frequencies as an f32 constant. The constants below were
// derived by hand from the f64 formulas (see each case) and rounded to f32.
// RUN: rope-opt %s --split-input-file --convert-rope-to-linalg | FileCheck %s

// Integer positions of rank 2, linear scaling (w_i / 2 for theta 10000,
// dim 8: 0.5, 0.05, 0.005, 0.0005) and a position scale of 0.5.
// CHECK: #[[SLOT:.+]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK: #[[LEAD:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK: #[[ID:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @freqs_positions
//  CHECK-SAME:   (%[[POS:.+]]: tensor<2x3xi64>)
//   CHECK-NOT:   rope.freqs
//       CHECK:   %[[INIT:.+]] = tensor.empty() : tensor<2x3x4xf32>
//       CHECK:   %[[W:.+]] = arith.constant dense<[5.000000e-01, 5.000000e-02, 5.000000e-03, 5.000000e-04]> : tensor<4xf32>
//       CHECK:   %[[T:.+]] = linalg.generic {indexing_maps = [#[[SLOT]], #[[LEAD]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel"]}
//  CHECK-SAME:       ins(%[[W]], %[[POS]] : tensor<4xf32>, tensor<2x3xi64>) outs(%[[INIT]] : tensor<2x3x4xf32>)
//       CHECK:   ^bb0(%[[WI:.+]]: f32, %[[P:.+]]: i64, %{{.+}}: f32):
//       CHECK:     %[[PF:.+]] = arith.sitofp %[[P]] : i64 to f32
//       CHECK:     %[[HALF:.+]] = arith.constant 5.000000e-01 : f32
//       CHECK:     %[[PS:.+]] = arith.mulf %[[PF]], %[[HALF]] : f32
//       CHECK:     %[[A:.+]] = arith.mulf %[[PS]], %[[WI]] : f32
//       CHECK:     linalg.yield %[[A]] : f32
//       CHECK:   return %[[T]]
func.func @freqs_positions(%pos: tensor<2x3xi64>) -> tensor<2x3x4xf32> {
  %t = rope.freqs %pos {dim = 8 : i64, position_scale = 0.5 : f32, scaling = #rope.linear<factor = 2.0>} : tensor<2x3xi64>
  return %t : tensor<2x3x4xf32>
}

// -----

// The length form reads the position from the loop index; position_scale 1
// adds no multiply.
// CHECK-LABEL: func.func @freqs_length
//       CHECK:   %[[W:.+]] = arith.constant dense<[1.000000e+00, 0.00999999977]> : tensor<2xf32>
//       CHECK:   linalg.generic {{.+}} ins(%[[W]] : tensor<2xf32>) outs(%{{.+}} : tensor<3x2xf32>)
//       CHECK:   ^bb0(%[[WI:.+]]: f32, %{{.+}}: f32):
//       CHECK:     %[[I:.+]] = linalg.index 0 : index
//       CHECK:     %[[I64:.+]] = arith.index_cast %[[I]] : index to i64
//       CHECK:     %[[PF:.+]] = arith.sitofp %[[I64]] : i64 to f32
//       CHECK:     %[[A:.+]] = arith.mulf %[[PF]], %[[WI]] : f32
//       CHECK:     linalg.yield %[[A]] : f32
func.func @freqs_length() -> tensor<3x2xf32> {
  %t = rope.freqs length 3 {dim = 4 : i64}
  return %t : tensor<3x2xf32>
}

// -----

// Float and index positions: f16 extends, f64 truncates, index goes through
// i64; f32 positions are used as they are.
// CHECK-LABEL: func.func @freqs_position_types
//       CHECK:   ^bb0(%{{.+}}: f32, %[[H:.+]]: f16, %{{.+}}: f32):
//       CHECK:     arith.extf %[[H]] : f16 to f32
//       CHECK:   ^bb0(%{{.+}}: f32, %[[D:.+]]: f64, %{{.+}}: f32):
//       CHECK:     arith.truncf %[[D]] : f64 to f32
//       CHECK:   ^bb0(%{{.+}}: f32, %[[X:.+]]: index, %{{.+}}: f32):
//       CHECK:     %[[X64:.+]] = arith.index_cast %[[X]] : index to i64
//       CHECK:     arith.sitofp %[[X64]] : i64 to f32
//       CHECK:   ^bb0(%[[W:.+]]: f32, %[[F:.+]]: f32, %{{.+}}: f32):
//  CHECK-NEXT:     %[[A:.+]] = arith.mulf %[[F]], %[[W]] : f32
//  CHECK-NEXT:     linalg.yield %[[A]]
func.func @freqs_position_types(%a: tensor<3xf16>, %b: tensor<3xf64>, %c: tensor<3xindex>, %d: tensor<3xf32>) -> (tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>) {
  %ta = rope.freqs %a {dim = 4 : i64} : tensor<3xf16>
  %tb = rope.freqs %b {dim = 4 : i64} : tensor<3xf64>
  %tc = rope.freqs %c {dim = 4 : i64} : tensor<3xindex>
  %td = rope.freqs %d {dim = 4 : i64} : tensor<3xf32>
  return %ta, %tb, %tc, %td : tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>
}

// -----

// Every frequency variant for dim 8 (theta 10000 unless said):
// - ntk alpha 4: theta' = 10000 * 4^(8/6) = 63496.04, w = theta'^(-i/4).
// - yarn factor 8 over 64 positions: correction range [floor(-0.497),
//   ceil(1.008)] = [0, 2], ramp (0, 0.5, 1, 1), so w = (1, 0.1 * (0.5 + 0.5/8),
//   0.01/8, 0.001/8).
// - llama3 factor 8, low 1, high 4, 64 positions: wavelengths 2pi/w =
//   (6.28, 62.8, 628, 6283) against the band [16, 64]: keep, smooth
//   (s = (64/62.83 - 1)/3 = 0.0062, w = 0.1 * ((1 - s)/8 + s)), /8, /8.
// - explicit inv_freq: used as given.
// - theta 100: 100^(-i/4).
// CHECK-LABEL: func.func @freqs_variants
//       CHECK:   arith.constant dense<[1.000000e+00, 0.0629960522, 0.00396850286, 2.500000e-04]> : tensor<4xf32>
//       CHECK:   arith.constant dense<[1.000000e+00, 5.625000e-02, 1.250000e-03, 1.250000e-04]> : tensor<4xf32>
//       CHECK:   arith.constant dense<[1.000000e+00, 0.0130422562, 1.250000e-03, 1.250000e-04]> : tensor<4xf32>
//       CHECK:   arith.constant dense<[3.000000e+00, 2.000000e+00, 1.000000e+00, 5.000000e-01]> : tensor<4xf32>
//       CHECK:   arith.constant dense<[1.000000e+00, 0.316227764, 1.000000e-01, 0.0316227749]> : tensor<4xf32>
func.func @freqs_variants(%p: tensor<3xi32>) -> (tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %n = rope.freqs %p {dim = 8 : i64, scaling = #rope.ntk<alpha = 4.0>} : tensor<3xi32>
  %y = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 8.0, original_max_position = 64>} : tensor<3xi32>
  %l = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = 64>} : tensor<3xi32>
  %e = rope.freqs %p {dim = 8 : i64, inv_freq = array<f32: 3.0, 2.0, 1.0, 0.5>} : tensor<3xi32>
  %t = rope.freqs %p {dim = 8 : i64, theta = 100.0 : f64} : tensor<3xi32>
  return %n, %y, %l, %e, %t : tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>
}

// -----

// mRoPE, chunked sections (2, 1, 1) of 4 slots: slot axes (0, 0, 1, 2) as a
// constant; each entry reads positions[token, axis]. A dynamic token dim
// sizes the result from the positions.
// CHECK-LABEL: func.func @freqs_sections
//  CHECK-SAME:   (%[[POS:.+]]: tensor<?x3xi32>)
//       CHECK:   %[[C0:.+]] = arith.constant 0 : index
//       CHECK:   %[[N:.+]] = tensor.dim %[[POS]], %[[C0]] : tensor<?x3xi32>
//       CHECK:   %[[INIT:.+]] = tensor.empty(%[[N]]) : tensor<?x4xf32>
//       CHECK:   %[[W:.+]] = arith.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
//       CHECK:   %[[AX:.+]] = arith.constant dense<[0, 0, 1, 2]> : tensor<4xindex>
//       CHECK:   linalg.generic {{.+}} ins(%[[W]], %[[AX]] : tensor<4xf32>, tensor<4xindex>) outs(%[[INIT]] : tensor<?x4xf32>)
//       CHECK:   ^bb0(%[[WI:.+]]: f32, %[[A:.+]]: index, %{{.+}}: f32):
//       CHECK:     %[[TOK:.+]] = linalg.index 0 : index
//       CHECK:     %[[P:.+]] = tensor.extract %[[POS]][%[[TOK]], %[[A]]] : tensor<?x3xi32>
//       CHECK:     %[[PF:.+]] = arith.sitofp %[[P]] : i32 to f32
//       CHECK:     arith.mulf %[[PF]], %[[WI]] : f32
func.func @freqs_sections(%pos: tensor<?x3xi32>) -> tensor<?x4xf32> {
  %t = rope.freqs %pos {dim = 8 : i64, sections = array<i64: 2, 1, 1>} : tensor<?x3xi32>
  return %t : tensor<?x4xf32>
}

// -----

// Interleaved sections (2, 2, 2) over 6 slots (Qwen3-VL): axes cycle
// t, h, w as long as each axis has slots left.
// CHECK-LABEL: func.func @freqs_interleaved_sections
//       CHECK:   arith.constant dense<[0, 1, 2, 0, 1, 2]> : tensor<6xindex>
// CHECK-LABEL: func.func @freqs_interleaved_sections_uneven
//       CHECK:   arith.constant dense<[0, 1, 2, 0, 0, 0]> : tensor<6xindex>
func.func @freqs_interleaved_sections(%p: tensor<5x3xi64>) -> tensor<5x6xf32> {
  %t = rope.freqs %p {dim = 12 : i64, sections = array<i64: 2, 2, 2>, interleaved_sections} : tensor<5x3xi64>
  return %t : tensor<5x6xf32>
}
func.func @freqs_interleaved_sections_uneven(%p: tensor<5x3xi64>) -> tensor<5x6xf32> {
  %t = rope.freqs %p {dim = 12 : i64, sections = array<i64: 4, 1, 1>, interleaved_sections} : tensor<5x3xi64>
  return %t : tensor<5x6xf32>
}

// -----

// A rank-0 position: the position operand's map has no results.
// CHECK: #[[SCALAR:.+]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @freqs_scalar_position
//  CHECK-SAME:   (%[[POS:.+]]: tensor<f32>)
//       CHECK:   linalg.generic {indexing_maps = [#{{.+}}, #[[SCALAR]], #{{.+}}], iterator_types = ["parallel"]} ins(%{{.+}}, %[[POS]] : tensor<4xf32>, tensor<f32>)
func.func @freqs_scalar_position(%pos: tensor<f32>) -> tensor<4xf32> {
  %t = rope.freqs %pos {dim = 8 : i64} : tensor<f32>
  return %t : tensor<4xf32>
}
