// A rope.freqs whose dim/2 inverse frequencies cannot be materialized:
// --convert-rope-to-linalg aborted ("SmallVector unable to grow"). The
// verifier now bounds dim; test/Dialect/Rope/invalid.mlir has the case.
func.func @f() {
  %t = rope.freqs length 4 {dim = 9223372036854775806 : i64}
  return
}
