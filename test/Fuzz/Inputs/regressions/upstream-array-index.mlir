// Found by rope-fuzz: a dense array of index crashes Debian's MLIR 22 parser
// (llvm/llvm-project#179045, fixed after 22.1). The fuzz target skips it.
func.func @f(%p: tensor<4x3xi64>) {
  %t = rope.freqs %p {dim = 8 : i64, sections = array<index: 2, 1, 1>} : tensor<4x3xi64>
  return
}
