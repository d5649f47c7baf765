// RUN: rope-opt %s --convert-rope-to-gpu="unroll=0" --verify-diagnostics
// RUN: rope-opt %s --convert-rope-to-gpu="num-sms=-1" --verify-diagnostics

// Launch-configuration options that cannot make a launch are reported with
// the values given, before any kernel is built.

// expected-error @below {{num-sms must be >= 0 and block-threads and unroll >= 1}}
module {
  func.func @f(%x: tensor<4x16xf32>, %t: tensor<4x8xf32>) -> tensor<4x16xf32> {
    %y = rope.rotate half %x : tensor<4x16xf32> angles(%t : tensor<4x8xf32>)
         {rotary_dim = 16 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
    return %y : tensor<4x16xf32>
  }
}
