// A rope.rotate in a module nested in the one the pass runs on: the site's
// kernels and host functions would go into the outer symbol table, out of the
// call's reach. Found by rope-fuzz: the pass produced a func.call to a
// function that did not exist (invalid IR). It is a diagnostic now, and the
// same IR lowers when the pass is nested on the inner module.
// RUN: not rope-opt %s --convert-rope-to-gpu 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: rope-opt %s \
// RUN:   --pass-pipeline="builtin.module(builtin.module(convert-rope-to-gpu))" \
// RUN:   | FileCheck %s

// ERR: nested-module.mlir:[[@LINE+13]]:{{[0-9]+}}: error: convert-rope-to-gpu: a rope.rotate in a nested module; run the pass on that module
// ERR-NOT: does not reference a valid function

// CHECK-LABEL: module
// CHECK:         module attributes {gpu.container_module}
// CHECK:           func.func @f
// CHECK-NOT:         rope.rotate
// CHECK:             call @rope_site_0_host
// CHECK:           gpu.module @rope_kernels
// CHECK:           func.func private @rope_site_0_host
module {
  module {
    func.func @f(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) -> tensor<4x8xf32> {
      %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
      return %y : tensor<4x8xf32>
    }
  }
}
