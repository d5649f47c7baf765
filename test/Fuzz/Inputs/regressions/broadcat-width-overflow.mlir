// Found by rope-fuzz under UBSan: rope.broadcat's type inference added the
// tables' column counts in int64_t and overflowed (RopeOps.cpp). Now an error;
// test/Dialect/Rope/invalid.mlir has the case.
func.func @f(%th: tensor<3x3xf32>, %tw: tensor<4x9223372036854775807xf32>) {
  %table = rope.broadcat %th, %tw : tensor<3x3xf32>, tensor<4x9223372036854775807xf32>
  return
}
