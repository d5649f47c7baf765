// Found by rope-fuzz (a model module pasted after a top-level function, so
// two modules nest): convert-rope-to-gpu put a nested site's host function
// into the outer module and left a call to nothing (IR that does not
// verify). Now a diagnostic; test/Conversion/RopeToGPU/nested-module.mlir.
func.func @outer(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) -> tensor<4x8xf32> {
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<4x8xf32>
}
module {
  func.func @inner(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) -> tensor<4x8xf32> {
    %y = rope.rotate interleaved %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
    return %y : tensor<4x8xf32>
  }
}
