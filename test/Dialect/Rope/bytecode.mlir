// Every op and attribute survives a bytecode round trip (how the Python
// package and the C API hand modules around).
// RUN: rope-opt %s --emit-bytecode | rope-opt | FileCheck %s

// CHECK-LABEL: func.func @all
//       CHECK:   rope.freqs %{{.+}} {dim = 8 : i64, position_scale = 5.000000e-01 : f32, scaling = #rope.yarn<factor = 4.000000e+00, original_max_position = 64, beta_fast = 1.600000e+01, truncate = false>, theta = 5.000000e+05 : f64} : tensor<4xi64>
//       CHECK:   rope.freqs %{{.+}} {dim = 8 : i64, scaling = #rope.llama3<factor = 8.000000e+00, low_freq_factor = 1.000000e+00, high_freq_factor = 4.000000e+00, original_max_position = 64>} : tensor<4xi64>
//       CHECK:   rope.freqs %{{.+}} {dim = 8 : i64, scaling = #rope.linear<factor = 2.000000e+00>} : tensor<4xi64>
//       CHECK:   rope.freqs %{{.+}} {dim = 8 : i64, scaling = #rope.ntk<alpha = 3.000000e+00>} : tensor<4xi64>
//       CHECK:   rope.freqs length 4 {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 5.000000e-01, 2.500000e-01, 1.250000e-01>}
//       CHECK:   rope.freqs %{{.+}} {dim = 8 : i64, interleaved_sections, sections = array<i64: 2, 1, 1>} : tensor<4x3xi64>
//       CHECK:   rope.broadcat %{{.+}}, %{{.+}} : tensor<4x4xf32>, tensor<4x4xf32>
//       CHECK:   rope.rotate interleaved %{{.+}}, %{{.+}} : tensor<4x8xf16>, tensor<4x8xbf16> cos_sin(%{{.+}}, %{{.+}} : tensor<16x8xf32>, tensor<16x8xf32>) gather(%{{.+}} : tensor<4xi32>) xpos(%{{.+}} : tensor<4xf32>) {rotary_dim = 8 : i64, scale = 2.000000e+00 : f32, table_maps = [#{{.+}}, #{{.+}}], xpos = #rope.xpos<scale_base = 6.400000e+01, signs = [1, -1]>}
//       CHECK:   rope.rotate half %{{.+}} : tensor<4x8xf32> angles(%{{.+}} : tensor<4x4x4xf32>) gather(%{{.+}} : tensor<4x2xi64>) {coords, rotary_dim = 8 : i64, table_maps = [#{{.+}}]}
func.func @all(%p: tensor<4xi64>, %p3: tensor<4x3xi64>, %a: tensor<4x4xf32>, %q: tensor<4x8xf16>, %k: tensor<4x8xbf16>,
               %c: tensor<16x8xf32>, %g: tensor<4xi32>, %xp: tensor<4xf32>, %x: tensor<4x8xf32>, %t3: tensor<4x4x4xf32>, %co: tensor<4x2xi64>) {
  %0 = rope.freqs %p {dim = 8 : i64, theta = 5.0e5 : f64, position_scale = 0.5 : f32, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, beta_fast = 16.0, truncate = false>} : tensor<4xi64>
  %1 = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = 64>} : tensor<4xi64>
  %2 = rope.freqs %p {dim = 8 : i64, scaling = #rope.linear<factor = 2.0>} : tensor<4xi64>
  %3 = rope.freqs %p {dim = 8 : i64, scaling = #rope.ntk<alpha = 3.0>} : tensor<4xi64>
  %4 = rope.freqs length 4 {dim = 8 : i64, inv_freq = array<f32: 1.0, 0.5, 0.25, 0.125>}
  %5 = rope.freqs %p3 {dim = 8 : i64, sections = array<i64: 2, 1, 1>, interleaved_sections} : tensor<4x3xi64>
  %6 = rope.broadcat %a, %a : tensor<4x4xf32>, tensor<4x4xf32>
  %7:2 = rope.rotate interleaved %q, %k : tensor<4x8xf16>, tensor<4x8xbf16> cos_sin(%c, %c : tensor<16x8xf32>, tensor<16x8xf32>) gather(%g : tensor<4xi32>) xpos(%xp : tensor<4xf32>)
      {rotary_dim = 8 : i64, scale = 2.0 : f32, table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 64.0, signs = [1, -1]>}
  %8 = rope.rotate half %x : tensor<4x8xf32> angles(%t3 : tensor<4x4x4xf32>) gather(%co : tensor<4x2xi64>) {coords, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}
