// Bad input to rope-opt: every case is a diagnostic with a location and a
// non-zero exit, never a crash (a crash would print a stack dump, which the
// CHECK-NOTs reject, and `not` would fail on a signal).

// A file that does not exist.
// RUN: not rope-opt %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: cannot open input file '{{.*}}does-not-exist.mlir': No such file or directory
// MISSING-NOT: Stack dump

// Malformed IR: an op that is not closed.
// RUN: split-file %s %t
// RUN: not rope-opt %t/malformed.mlir 2>&1 | FileCheck %s --check-prefix=MALFORMED
// MALFORMED: malformed.mlir:2:24: error: expected ')' to end operand list
// MALFORMED-NOT: Stack dump

// Wrong shapes reach the verifier, also through a pipeline.
// RUN: not rope-opt %t/shapes.mlir --rope-cpu-pipeline 2>&1 | FileCheck %s --check-prefix=SHAPES
// SHAPES: shapes.mlir:2:8: error: 'rope.rotate' op angle table must have rotary_dim/2 = 4 columns, got [4, 3]
// SHAPES-NOT: Stack dump

// A bad attribute parameter.
// RUN: not rope-opt %t/attribute.mlir 2>&1 | FileCheck %s --check-prefix=ATTR
// ATTR: attribute.mlir:2:{{[0-9]+}}: error: llama3 low_freq_factor (4.000000e+00) must be below high_freq_factor (1.000000e+00)
// ATTR-NOT: Stack dump

// An unknown rope op and an unknown rope attribute.
// RUN: not rope-opt %t/unknown.mlir 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: unknown.mlir:2:{{[0-9]+}}: error: unknown attribute `cubic` in dialect `rope`
// UNKNOWN-NOT: Stack dump
// RUN: not rope-opt %t/unknown-op.mlir 2>&1 | FileCheck %s --check-prefix=UNKNOWN-OP
// UNKNOWN-OP: unknown-op.mlir:2:3: error: custom op 'rope.spin' is unknown
// UNKNOWN-OP-NOT: Stack dump

// Empty input is a valid empty module, not an error.
// RUN: rope-opt %t/empty.mlir --rope-cpu-pipeline | FileCheck %s --check-prefix=EMPTY
// EMPTY: module

// An unknown pass option is rejected before anything runs.
// RUN: not rope-opt %t/empty.mlir --rope-cpu-pipeline=bogus=1 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: no such option bogus
// OPTION-NOT: Stack dump

//--- malformed.mlir
func.func @f(%x: tensor<4x8xf32>) {
  %y = "rope.rotate"(%x : tensor<4x8xf32>
  return
}
//--- shapes.mlir
func.func @f(%x: tensor<4x8xf32>, %t: tensor<4x3xf32>) -> tensor<4x8xf32> {
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x3xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<4x8xf32>
}
//--- attribute.mlir
func.func @f(%p: tensor<4xi64>) -> tensor<4x4xf32> {
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 4.0, high_freq_factor = 1.0, original_max_position = 64>} : tensor<4xi64>
  return %t : tensor<4x4xf32>
}
//--- unknown.mlir
func.func @f(%p: tensor<4xi64>) -> tensor<4x4xf32> {
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.cubic<factor = 8.0>} : tensor<4xi64>
  return %t : tensor<4x4xf32>
}
//--- unknown-op.mlir
func.func @f(%p: tensor<4xi64>) {
  rope.spin %p : tensor<4xi64>
  return
}
//--- empty.mlir
