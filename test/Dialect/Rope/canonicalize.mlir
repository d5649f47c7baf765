// Folders and canonicalization patterns of the rope ops, each next to the
// near misses that must stay as they are.
// RUN: rope-opt %s --split-input-file --canonicalize | FileCheck %s

// rotary_dim 0 rotates nothing: every result is its input.
// CHECK-LABEL: func.func @rotate_zero_is_identity
//  CHECK-SAME:   (%[[Q:[^:]+]]: tensor<2x8xf16>, %[[K:[^:]+]]: tensor<2x8xf32>
//   CHECK-NOT:   rope.rotate
//       CHECK:   return %[[Q]], %[[K]]
func.func @rotate_zero_is_identity(%q: tensor<2x8xf16>, %k: tensor<2x8xf32>, %t: tensor<2x0xf32>) -> (tensor<2x8xf16>, tensor<2x8xf32>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<2x8xf16>, tensor<2x8xf32> angles(%t : tensor<2x0xf32>) {rotary_dim = 0 : i64, table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>]}
  return %q2, %k2 : tensor<2x8xf16>, tensor<2x8xf32>
}

// -----

// Near miss: the smallest rotary_dim that rotates.
// CHECK-LABEL: func.func @rotate_two_stays
//       CHECK:   %[[Y:.+]] = rope.rotate half
//       CHECK:   return %[[Y]]
func.func @rotate_two_stays(%x: tensor<2x8xf32>, %t: tensor<2x1xf32>) -> tensor<2x8xf32> {
  %y = rope.rotate half %x : tensor<2x8xf32> angles(%t : tensor<2x1xf32>) {rotary_dim = 2 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<2x8xf32>
}

// -----

// A rotate whose result is unused is dead (the ops are Pure).
// CHECK-LABEL: func.func @rotate_dead
//   CHECK-NOT:   rope.
//       CHECK:   return
func.func @rotate_dead(%x: tensor<2x8xf32>, %p: tensor<2xi64>) {
  %t = rope.freqs %p {dim = 8 : i64} : tensor<2xi64>
  %y = rope.rotate half %x : tensor<2x8xf32> angles(%t : tensor<2x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

// Broadcasting one table over no other axis is the table.
// CHECK-LABEL: func.func @broadcat_single
//  CHECK-SAME:   (%[[A:[^:]+]]: tensor<?x4xf32>)
//   CHECK-NOT:   rope.broadcat
//       CHECK:   return %[[A]]
func.func @broadcat_single(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %t = rope.broadcat %a : tensor<?x4xf32>
  return %t : tensor<?x4xf32>
}

// -----

// Near miss: the same table twice is a real 2-axis broadcast.
// CHECK-LABEL: func.func @broadcat_two_stays
//       CHECK:   %[[T:.+]] = rope.broadcat
//       CHECK:   return %[[T]]
func.func @broadcat_two_stays(%a: tensor<3x4xf32>) -> tensor<3x3x8xf32> {
  %t = rope.broadcat %a, %a : tensor<3x4xf32>, tensor<3x4xf32>
  return %t : tensor<3x3x8xf32>
}

// -----

// Constant positions 0..L-1 become the length form; every other attribute is
// kept.
// CHECK-LABEL: func.func @iota_positions
//   CHECK-NOT:   arith.constant
//       CHECK:   %[[T:.+]] = rope.freqs length 5 {dim = 8 : i64, position_scale = 5.000000e-01 : f32, scaling = #rope.linear<factor = 2.000000e+00>, theta = 5.000000e+05 : f64}
//       CHECK:   return %[[T]] : tensor<5x4xf32>
func.func @iota_positions() -> tensor<5x4xf32> {
  %p = arith.constant dense<[0, 1, 2, 3, 4]> : tensor<5xi32>
  %t = rope.freqs %p {dim = 8 : i64, theta = 5.0e5 : f64, position_scale = 0.5 : f32, scaling = #rope.linear<factor = 2.0>} : tensor<5xi32>
  return %t : tensor<5x4xf32>
}

// -----

// Float and index iotas too; a single position 0 (a splat) is iota of length 1.
// CHECK-LABEL: func.func @iota_positions_float_index_splat
//       CHECK:   %[[F:.+]] = rope.freqs length 3 {dim = 4 : i64, inv_freq = array<f32: 1.000000e+00, 2.500000e-01>}
//       CHECK:   %[[I:.+]] = rope.freqs length 4 {dim = 4 : i64}
//       CHECK:   %[[S:.+]] = rope.freqs length 1 {dim = 4 : i64}
//       CHECK:   return %[[F]], %[[I]], %[[S]]
func.func @iota_positions_float_index_splat() -> (tensor<3x2xf32>, tensor<4x2xf32>, tensor<1x2xf32>) {
  %pf = arith.constant dense<[0.0, 1.0, 2.0]> : tensor<3xbf16>
  %f = rope.freqs %pf {dim = 4 : i64, inv_freq = array<f32: 1.0, 0.25>} : tensor<3xbf16>
  %pi = arith.constant dense<[0, 1, 2, 3]> : tensor<4xindex>
  %i = rope.freqs %pi {dim = 4 : i64} : tensor<4xindex>
  %ps = arith.constant dense<0> : tensor<1xi64>
  %s = rope.freqs %ps {dim = 4 : i64} : tensor<1xi64>
  return %f, %i, %s : tensor<3x2xf32>, tensor<4x2xf32>, tensor<1x2xf32>
}

// -----

// Near misses: a gap, an iota starting at 1, a fractional float, a 2-D iota
// (its table is [1, L, K], not [L, K]), and a splat of length 2.
// CHECK-LABEL: func.func @not_iota_positions
//   CHECK-NOT:   rope.freqs length
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64} : tensor<3xi32>
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64} : tensor<3xi64>
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64} : tensor<3xf32>
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64} : tensor<1x3xi64>
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64} : tensor<2xi64>
//   CHECK-NOT:   rope.freqs length
func.func @not_iota_positions() -> (tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<1x3x2xf32>, tensor<2x2xf32>) {
  %gap = arith.constant dense<[0, 1, 3]> : tensor<3xi32>
  %a = rope.freqs %gap {dim = 4 : i64} : tensor<3xi32>
  %one = arith.constant dense<[1, 2, 3]> : tensor<3xi64>
  %b = rope.freqs %one {dim = 4 : i64} : tensor<3xi64>
  %frac = arith.constant dense<[0.0, 1.0, 2.5]> : tensor<3xf32>
  %c = rope.freqs %frac {dim = 4 : i64} : tensor<3xf32>
  %twod = arith.constant dense<[[0, 1, 2]]> : tensor<1x3xi64>
  %d = rope.freqs %twod {dim = 4 : i64} : tensor<1x3xi64>
  %zeros = arith.constant dense<0> : tensor<2xi64>
  %e = rope.freqs %zeros {dim = 4 : i64} : tensor<2xi64>
  return %a, %b, %c, %d, %e : tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<1x3x2xf32>, tensor<2x2xf32>
}

// -----

// Near misses: multi-axis positions with sections, and positions that are
// not constants.
// CHECK-LABEL: func.func @iota_positions_kept
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64, sections = array<i64: 2>} : tensor<2x1xi64>
//       CHECK:   rope.freqs %{{.+}} {dim = 4 : i64} : tensor<3xi64>
func.func @iota_positions_kept(%arg: tensor<3xi64>) -> (tensor<2x2xf32>, tensor<3x2xf32>) {
  %m = arith.constant dense<[[0], [1]]> : tensor<2x1xi64>
  %a = rope.freqs %m {dim = 4 : i64, sections = array<i64: 2>} : tensor<2x1xi64>
  %b = rope.freqs %arg {dim = 4 : i64} : tensor<3xi64>
  return %a, %b : tensor<2x2xf32>, tensor<3x2xf32>
}
