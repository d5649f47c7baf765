// Round trip of every rope op and every attribute/operand combination: the
// custom form, and the generic form read back into the custom form.
// RUN: rope-opt %s --split-input-file | rope-opt --split-input-file | FileCheck %s
// RUN: rope-opt %s --split-input-file --mlir-print-op-generic | rope-opt --split-input-file | FileCheck %s

// Integer positions of any rank; theta and position_scale at their defaults
// are not printed.
// CHECK-LABEL: func.func @freqs_positions
//  CHECK-SAME:   (%[[POS:.+]]: tensor<2x16xi64>)
//       CHECK:   %[[T:.+]] = rope.freqs %[[POS]] {dim = 128 : i64} : tensor<2x16xi64>
//       CHECK:   return %[[T]] : tensor<2x16x64xf32>
func.func @freqs_positions(%pos: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
  %t = rope.freqs %pos {dim = 128 : i64} : tensor<2x16xi64>
  return %t : tensor<2x16x64xf32>
}

// -----

// The length form (positions 0..L-1) has no operand and no type suffix.
// CHECK-LABEL: func.func @freqs_length
//       CHECK:   rope.freqs length 16 {dim = 64 : i64}{{$}}
func.func @freqs_length() -> tensor<16x32xf32> {
  %t = rope.freqs length 16 {dim = 64 : i64}
  return %t : tensor<16x32xf32>
}

// -----

// Float positions, a non-default theta and an interpolation position scale.
// CHECK-LABEL: func.func @freqs_theta_position_scale
//       CHECK:   rope.freqs %{{.+}} {dim = 8 : i64, position_scale = 2.500000e-01 : f32, theta = 5.000000e+05 : f64} : tensor<8xf32>
func.func @freqs_theta_position_scale(%pos: tensor<8xf32>) -> tensor<8x4xf32> {
  %t = rope.freqs %pos {dim = 8 : i64, theta = 5.0e+05 : f64, position_scale = 0.25 : f32} : tensor<8xf32>
  return %t : tensor<8x4xf32>
}

// -----

// Every scaling attribute; YaRN once with its defaults (elided) and once with
// every parameter set.
// CHECK-LABEL: func.func @freqs_scalings
//       CHECK:   scaling = #rope.linear<factor = 4.000000e+00>
//       CHECK:   scaling = #rope.ntk<alpha = 2.500000e+00>
//       CHECK:   scaling = #rope.yarn<factor = 4.000000e+00, original_max_position = 4096>}
//       CHECK:   scaling = #rope.yarn<factor = 4.000000e+01, original_max_position = 4096, beta_fast = 1.600000e+01, beta_slow = 2.000000e+00, mscale = 1.000000e+00, mscale_all_dim = 7.070000e-01, truncate = false>
//       CHECK:   scaling = #rope.llama3<factor = 8.000000e+00, low_freq_factor = 1.000000e+00, high_freq_factor = 4.000000e+00, original_max_position = 8192>, theta = 5.000000e+05 : f64
func.func @freqs_scalings(%pos: tensor<4xi32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %l = rope.freqs %pos {dim = 16 : i64, scaling = #rope.linear<factor = 4.0>} : tensor<4xi32>
  %n = rope.freqs %pos {dim = 16 : i64, scaling = #rope.ntk<alpha = 2.5>} : tensor<4xi32>
  %y = rope.freqs %pos {dim = 16 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 4096>} : tensor<4xi32>
  %y2 = rope.freqs %pos {dim = 16 : i64, scaling = #rope.yarn<factor = 40.0, original_max_position = 4096, beta_fast = 16.0, beta_slow = 2.0, mscale = 1.0, mscale_all_dim = 0.707, truncate = false>} : tensor<4xi32>
  %l3 = rope.freqs %pos {dim = 16 : i64, theta = 5.0e+05 : f64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = 8192>} : tensor<4xi32>
  return %l, %n, %y, %y2, %l3 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// f64 parameters print with enough digits to read back the same double.
// CHECK-LABEL: func.func @freqs_f64_precision
//       CHECK:   scaling = #rope.linear<factor = 1.2345678901234567>, theta = 10000.000000000002 : f64
func.func @freqs_f64_precision(%pos: tensor<4xi32>) -> tensor<4x8xf32> {
  %l = rope.freqs %pos {dim = 16 : i64, theta = 10000.000000000002 : f64, scaling = #rope.linear<factor = 1.2345678901234567>} : tensor<4xi32>
  return %l : tensor<4x8xf32>
}

// -----

// A model's own inverse frequencies, with index positions.
// CHECK-LABEL: func.func @freqs_inv_freq
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64, inv_freq = array<f32: 1.000000e+00, 1.000000e-01>} : tensor<3xindex>
func.func @freqs_inv_freq(%pos: tensor<3xindex>) -> tensor<3x2xf32> {
  %t = rope.freqs %pos {dim = 4 : i64, inv_freq = array<f32: 1.0, 0.1>} : tensor<3xindex>
  return %t : tensor<3x2xf32>
}

// -----

// mRoPE sections, chunked and interleaved: the trailing axis dim of the
// positions is consumed.
// CHECK-LABEL: func.func @freqs_sections
//       CHECK:   %[[C:.+]] = rope.freqs %{{.+}} {dim = 16 : i64, sections = array<i64: 4, 2, 2>} : tensor<2x5x3xi64>
//       CHECK:   %[[I:.+]] = rope.freqs %{{.+}} {dim = 16 : i64, interleaved_sections, sections = array<i64: 4, 2, 2>} : tensor<2x5x3xi64>
//       CHECK:   return %[[C]], %[[I]] : tensor<2x5x8xf32>, tensor<2x5x8xf32>
func.func @freqs_sections(%pos: tensor<2x5x3xi64>) -> (tensor<2x5x8xf32>, tensor<2x5x8xf32>) {
  %c = rope.freqs %pos {dim = 16 : i64, sections = array<i64: 4, 2, 2>} : tensor<2x5x3xi64>
  %i = rope.freqs %pos {dim = 16 : i64, sections = array<i64: 4, 2, 2>, interleaved_sections} : tensor<2x5x3xi64>
  return %c, %i : tensor<2x5x8xf32>, tensor<2x5x8xf32>
}

// -----

// Dynamic position shapes carry into the inferred table type.
// CHECK-LABEL: func.func @freqs_dynamic
//       CHECK:   %[[T:.+]] = rope.freqs %{{.+}} {dim = 8 : i64} : tensor<?x?xi32>
//       CHECK:   return %[[T]] : tensor<?x?x4xf32>
func.func @freqs_dynamic(%pos: tensor<?x?xi32>) -> tensor<?x?x4xf32> {
  %t = rope.freqs %pos {dim = 8 : i64} : tensor<?x?xi32>
  return %t : tensor<?x?x4xf32>
}

// -----

// A rank-0 position (one token) gives a rank-1 table.
// CHECK-LABEL: func.func @freqs_scalar_position
//       CHECK:   %[[T:.+]] = rope.freqs %{{.+}} {dim = 8 : i64} : tensor<bf16>
//       CHECK:   return %[[T]] : tensor<4xf32>
func.func @freqs_scalar_position(%pos: tensor<bf16>) -> tensor<4xf32> {
  %t = rope.freqs %pos {dim = 8 : i64} : tensor<bf16>
  return %t : tensor<4xf32>
}

// -----

// CogVideoX-like 3D table: axis widths 8 + 12 + 12.
// CHECK-LABEL: func.func @broadcat
//  CHECK-SAME:   (%[[A:.+]]: tensor<13x8xf32>, %[[B:.+]]: tensor<30x12xf32>, %[[C:.+]]: tensor<45x12xf32>)
//       CHECK:   %[[T:.+]] = rope.broadcat %[[A]], %[[B]], %[[C]] : tensor<13x8xf32>, tensor<30x12xf32>, tensor<45x12xf32>
//       CHECK:   return %[[T]] : tensor<13x30x45x32xf32>
func.func @broadcat(%a: tensor<13x8xf32>, %b: tensor<30x12xf32>, %c: tensor<45x12xf32>) -> tensor<13x30x45x32xf32> {
  %t = rope.broadcat %a, %b, %c : tensor<13x8xf32>, tensor<30x12xf32>, tensor<45x12xf32>
  return %t : tensor<13x30x45x32xf32>
}

// -----

// A dynamic width makes the joined width dynamic.
// CHECK-LABEL: func.func @broadcat_dynamic
//       CHECK:   %[[T:.+]] = rope.broadcat %{{.+}}, %{{.+}} : tensor<?x4xf32>, tensor<3x?xf32>
//       CHECK:   return %[[T]] : tensor<?x3x?xf32>
func.func @broadcat_dynamic(%a: tensor<?x4xf32>, %b: tensor<3x?xf32>) -> tensor<?x3x?xf32> {
  %t = rope.broadcat %a, %b : tensor<?x4xf32>, tensor<3x?xf32>
  return %t : tensor<?x3x?xf32>
}

// -----

// One table is valid (and folds away under canonicalization, not here).
// CHECK-LABEL: func.func @broadcat_one
//       CHECK:   rope.broadcat %{{.+}} : tensor<5x4xf32>
func.func @broadcat_one(%a: tensor<5x4xf32>) -> tensor<5x4xf32> {
  %t = rope.broadcat %a : tensor<5x4xf32>
  return %t : tensor<5x4xf32>
}

// -----

// q and k with different head counts (GQA) share one [B, S, R/2] table.
// CHECK: #[[BSH:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @rotate_gqa
//  CHECK-SAME:   (%[[Q:.+]]: tensor<1x4x16x128xbf16>, %[[K:.+]]: tensor<1x2x16x128xbf16>, %[[T:.+]]: tensor<1x16x64xf32>)
//       CHECK:   %[[R:.+]]:2 = rope.rotate half %[[Q]], %[[K]] : tensor<1x4x16x128xbf16>, tensor<1x2x16x128xbf16> angles(%[[T]] : tensor<1x16x64xf32>) {rotary_dim = 128 : i64, table_maps = [#[[BSH]], #[[BSH]]]}
//       CHECK:   return %[[R]]#0, %[[R]]#1
#bsh = affine_map<(d0, d1, d2) -> (d0, d2)>
func.func @rotate_gqa(%q: tensor<1x4x16x128xbf16>, %k: tensor<1x2x16x128xbf16>, %t: tensor<1x16x64xf32>) -> (tensor<1x4x16x128xbf16>, tensor<1x2x16x128xbf16>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<1x4x16x128xbf16>, tensor<1x2x16x128xbf16> angles(%t : tensor<1x16x64xf32>) {rotary_dim = 128 : i64, table_maps = [#bsh, #bsh]}
  return %q2, %k2 : tensor<1x4x16x128xbf16>, tensor<1x2x16x128xbf16>
}

// -----

// Interleaved pairs, partial rotary (32 of 64 channels), an attention scale,
// f16 storage.
// CHECK: #[[S:.+]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @rotate_interleaved_partial_scale
//       CHECK:   rope.rotate interleaved %{{.+}} : tensor<8x3x64xf16> angles(%{{.+}} : tensor<8x16xf32>) {rotary_dim = 32 : i64, scale = 1.250000e+00 : f32, table_maps = [#[[S]]]}
func.func @rotate_interleaved_partial_scale(%x: tensor<8x3x64xf16>, %t: tensor<8x16xf32>) -> tensor<8x3x64xf16> {
  %y = rope.rotate interleaved %x : tensor<8x3x64xf16> angles(%t : tensor<8x16xf32>) {rotary_dim = 32 : i64, scale = 1.25 : f32, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<8x3x64xf16>
}

// -----

// cos/sin tables per element ([.., R], f16 storage) and per pair ([.., R/2]).
// CHECK-LABEL: func.func @rotate_cos_sin
//  CHECK-SAME:   (%[[X:.+]]: tensor<2x4x8xf32>, %[[C:.+]]: tensor<4x8xf16>, %[[S:.+]]: tensor<4x8xf16>, %[[CP:.+]]: tensor<4x4xf32>, %[[SP:.+]]: tensor<4x4xf32>)
//       CHECK:   rope.rotate half %[[X]] : tensor<2x4x8xf32> cos_sin(%[[C]], %[[S]] : tensor<4x8xf16>, tensor<4x8xf16>) {rotary_dim = 8 : i64
//       CHECK:   rope.rotate interleaved %[[X]] : tensor<2x4x8xf32> cos_sin(%[[CP]], %[[SP]] : tensor<4x4xf32>, tensor<4x4xf32>) {rotary_dim = 8 : i64
func.func @rotate_cos_sin(%x: tensor<2x4x8xf32>, %c: tensor<4x8xf16>, %s: tensor<4x8xf16>, %cp: tensor<4x4xf32>, %sp: tensor<4x4xf32>) -> (tensor<2x4x8xf32>, tensor<2x4x8xf32>) {
  %a = rope.rotate half %x : tensor<2x4x8xf32> cos_sin(%c, %s : tensor<4x8xf16>, tensor<4x8xf16>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  %b = rope.rotate interleaved %x : tensor<2x4x8xf32> cos_sin(%cp, %sp : tensor<4x4xf32>, tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  return %a, %b : tensor<2x4x8xf32>, tensor<2x4x8xf32>
}

// -----

// vLLM-style cache gathered by 1-D positions.
// CHECK-LABEL: func.func @rotate_gather
//  CHECK-SAME:   (%[[X:.+]]: tensor<6x2x16xf32>, %[[CACHE:.+]]: tensor<100x16xf32>, %[[POS:.+]]: tensor<6xi32>)
//       CHECK:   rope.rotate half %[[X]] : tensor<6x2x16xf32> cos_sin(%[[CACHE]], %[[CACHE]] : tensor<100x16xf32>, tensor<100x16xf32>) gather(%[[POS]] : tensor<6xi32>) {rotary_dim = 16 : i64
func.func @rotate_gather(%x: tensor<6x2x16xf32>, %cache: tensor<100x16xf32>, %pos: tensor<6xi32>) -> tensor<6x2x16xf32> {
  %y = rope.rotate half %x : tensor<6x2x16xf32> cos_sin(%cache, %cache : tensor<100x16xf32>, tensor<100x16xf32>) gather(%pos : tensor<6xi32>) {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<6x2x16xf32>
}

// -----

// Per-token (t, h, w) coordinates into a [T, H, W, R/2] table.
// CHECK-LABEL: func.func @rotate_coords
//  CHECK-SAME:   (%[[X:.+]]: tensor<10x2x24xf32>, %[[T:.+]]: tensor<2x3x4x12xf32>, %[[C:.+]]: tensor<10x3xi64>)
//       CHECK:   rope.rotate interleaved %[[X]] : tensor<10x2x24xf32> angles(%[[T]] : tensor<2x3x4x12xf32>) gather(%[[C]] : tensor<10x3xi64>) {coords, rotary_dim = 24 : i64
func.func @rotate_coords(%x: tensor<10x2x24xf32>, %t: tensor<2x3x4x12xf32>, %coords: tensor<10x3xi64>) -> tensor<10x2x24xf32> {
  %y = rope.rotate interleaved %x : tensor<10x2x24xf32> angles(%t : tensor<2x3x4x12xf32>) gather(%coords : tensor<10x3xi64>) {coords, rotary_dim = 24 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<10x2x24xf32>
}

// -----

// xPos on q (+1) and k (-1), default gamma elided.
// CHECK-LABEL: func.func @rotate_xpos
//  CHECK-SAME:   %[[P:[^:]+]]: tensor<5xf32>)
//       CHECK:   rope.rotate half %{{.+}}, %{{.+}} : tensor<5x8xf32>, tensor<5x8xf32> angles(%{{.+}} : tensor<5x4xf32>) xpos(%[[P]] : tensor<5xf32>) {rotary_dim = 8 : i64, table_maps = [#{{.+}}, #{{.+}}], xpos = #rope.xpos<scale_base = 5.120000e+02, signs = [1, -1]>}
func.func @rotate_xpos(%q: tensor<5x8xf32>, %k: tensor<5x8xf32>, %t: tensor<5x4xf32>, %p: tensor<5xf32>) -> (tensor<5x8xf32>, tensor<5x8xf32>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<5x8xf32>, tensor<5x8xf32> angles(%t : tensor<5x4xf32>) xpos(%p : tensor<5xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [1, -1]>}
  return %q2, %k2 : tensor<5x8xf32>, tensor<5x8xf32>
}

// -----

// xPos with a non-default gamma and gathered rows: the xpos positions have the
// gathered row shape (the positions' shape).
// CHECK-LABEL: func.func @rotate_xpos_gather
//       CHECK:   gather(%{{.+}} : tensor<4xi64>) xpos(%{{.+}} : tensor<4xi32>) {rotary_dim = 8 : i64, table_maps = [#{{.+}}], xpos = #rope.xpos<scale_base = 2.560000e+02, gamma = 5.000000e-01, signs = [-1]>}
func.func @rotate_xpos_gather(%k: tensor<4x8xf32>, %t: tensor<64x4xf32>, %pos: tensor<4xi64>, %xp: tensor<4xi32>) -> tensor<4x8xf32> {
  %k2 = rope.rotate half %k : tensor<4x8xf32> angles(%t : tensor<64x4xf32>) gather(%pos : tensor<4xi64>) xpos(%xp : tensor<4xi32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 256.0, gamma = 0.5, signs = [-1]>}
  return %k2 : tensor<4x8xf32>
}

// -----

// Dynamic input and table shapes.
// CHECK-LABEL: func.func @rotate_dynamic
//       CHECK:   %[[Y:.+]] = rope.rotate half %{{.+}} : tensor<?x?x?xf32> angles(%{{.+}} : tensor<?x4xf32>) {rotary_dim = 8 : i64
//       CHECK:   return %[[Y]] : tensor<?x?x?xf32>
func.func @rotate_dynamic(%x: tensor<?x?x?xf32>, %t: tensor<?x4xf32>) -> tensor<?x?x?xf32> {
  %y = rope.rotate half %x : tensor<?x?x?xf32> angles(%t : tensor<?x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  return %y : tensor<?x?x?xf32>
}

// -----

// A size-1 table dim broadcast over an input dim with the constant 0, and a
// rank-1 table (one row for every token) reached by a map with no results.
// CHECK: #[[ZERO:.+]] = affine_map<(d0) -> (0)>
// CHECK: #[[NONE:.+]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @rotate_broadcast_rows
//       CHECK:   rope.rotate half %{{.+}} : tensor<3x8xf32> angles(%{{.+}} : tensor<1x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[ZERO]]]}
//       CHECK:   rope.rotate half %{{.+}} : tensor<3x8xf32> angles(%{{.+}} : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[NONE]]]}
func.func @rotate_broadcast_rows(%x: tensor<3x8xf32>, %t: tensor<1x4xf32>, %u: tensor<4xf32>) -> (tensor<3x8xf32>, tensor<3x8xf32>) {
  %y = rope.rotate half %x : tensor<3x8xf32> angles(%t : tensor<1x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (0)>]}
  %z = rope.rotate half %x : tensor<3x8xf32> angles(%u : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> ()>]}
  return %y, %z : tensor<3x8xf32>, tensor<3x8xf32>
}

// -----

// rotary_dim 0 is valid (an identity that canonicalization removes).
// CHECK-LABEL: func.func @rotate_zero
//       CHECK:   rope.rotate half %{{.+}} : tensor<3x8xf32> angles(%{{.+}} : tensor<3x0xf32>) {rotary_dim = 0 : i64
func.func @rotate_zero(%x: tensor<3x8xf32>, %t: tensor<3x0xf32>) -> tensor<3x8xf32> {
  %y = rope.rotate half %x : tensor<3x8xf32> angles(%t : tensor<3x0xf32>) {rotary_dim = 0 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<3x8xf32>
}
