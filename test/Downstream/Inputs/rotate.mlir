func.func @rotate(%x: tensor<3x8xf32>) -> tensor<3x8xf32> {
  %t = rope.freqs length 3 {dim = 8 : i64}
  %y = rope.rotate half %x : tensor<3x8xf32> angles(%t : tensor<3x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<3x8xf32>
}
