// Stock mlir-opt (the one Debian ships, not rope-opt) parses, verifies and
// prints rope IR once the plugin is loaded as a dialect plugin; the rope
// verifiers report bad ops.
// RUN: mlir-opt %s --split-input-file --verify-diagnostics \
// RUN:   --load-dialect-plugin=%rope_plugin | FileCheck %s
// Without the plugin the same input is rejected: the plugin, not some
// built-in knowledge, is what makes rope parse.
// RUN: not mlir-opt %s --split-input-file 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOPLUGIN

// Round trip of the three ops with their attributes and custom formats.
// CHECK-LABEL: func.func @round_trip
// CHECK:         %[[T:.+]] = rope.freqs %{{.+}} {dim = 8 : i64, scaling = #rope.linear<factor = 2.000000e+00>} : tensor<5xi32>
// CHECK:         %[[U:.+]] = rope.freqs length 3 {dim = 4 : i64}
// CHECK:         rope.broadcat %[[T]], %[[U]] : tensor<5x4xf32>, tensor<3x2xf32>
// CHECK:         rope.rotate interleaved %{{.+}} : tensor<5x8xf16> angles(%[[T]] : tensor<5x4xf32>)
// NOPLUGIN:      Dialect `rope' not found
func.func @round_trip(%pos: tensor<5xi32>, %x: tensor<5x8xf16>)
    -> (tensor<5x3x6xf32>, tensor<5x8xf16>) {
  %t = rope.freqs %pos {dim = 8 : i64, scaling = #rope.linear<factor = 2.0>}
       : tensor<5xi32>
  %u = rope.freqs length 3 {dim = 4 : i64}
  %b = rope.broadcat %t, %u : tensor<5x4xf32>, tensor<3x2xf32>
  %y = rope.rotate interleaved %x : tensor<5x8xf16> angles(%t : tensor<5x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %b, %y : tensor<5x3x6xf32>, tensor<5x8xf16>
}

// -----

// A shape error is reported by the rope verifier at the op.
func.func @bad_rotary_dim(%x: tensor<4x8xf32>, %t: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{rotary_dim 16 exceeds the 8 channels of input #0}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x8xf32>)
       {rotary_dim = 16 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<4x8xf32>
}
