// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// RUN: rope-opt %s --convert-rope-to-cpu="vector-bits=512 min-parallel-bytes=0" --rope-cpu-pipeline="threads=2 streaming-min-bytes=0" | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Rounding of f32 results to bf16: to nearest, ties to even, in every path
// that produces bf16: the f32 -> bf16 truncation of the half layout
// (native with AVX512-BF16, else rope-cpu-expand-bf16-truncations), the integer
// rounding that builds interleaved bf16 pairs as 32-bit lanes, and the
// integer rounding of the streaming-store copy (the second command: 64-byte
// rows, non-temporal stores; two heads, so that there is a head loop to
// version). x is all +-1 (token 0) or all +-1.5 (token 1), cos = 1 and sin
// takes values of few bits, so a' = x (1 - s) and b' = x (1 + s) are exact
// in f32 and the only rounding is the one to bf16: 124 of the 128 results
// per layout are not bf16 numbers, several are ties, and truncation would
// change 56 of them by one bf16 ulp (2^-8 below 1, 2^-7 above).
// Tolerance: printMemrefF32's 6 significant digits (< 4e-6 here), far below
// one ulp.

// REF: x, c, s = const("x"), const("c"), const("s")
// REF: outputs = [ref.rotate(x, 32, "interleaved", cos=c, sin=s, table_map=[0], out_dtype="bf16"),
// REF:            ref.rotate(x, 32, "half", cos=c, sin=s, table_map=[0], out_dtype="bf16")]
// REF: tol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @print(%t: tensor<2x2x32xbf16>) {
  %e = arith.extf %t : tensor<2x2x32xbf16> to tensor<2x2x32xf32>
  %m = bufferization.to_buffer %e : tensor<2x2x32xf32> to memref<2x2x32xf32>
  %u = memref.cast %m : memref<2x2x32xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}

func.func @main() {
  %x = arith.constant dense<[[[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], [-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0]], [[1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5], [-1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5]]]> : tensor<2x2x32xbf16>
  %c = arith.constant dense<1.0> : tensor<2x16xf32>
  %s = arith.constant dense<[[0.0009765625, 0.00048828125, 0.0029296875, 0.00146484375, 0.00244140625, 0.001953125, 0.00390625, 0.01171875, -0.0009765625, -0.00048828125, -0.0029296875, -0.005859375, -0.001708984375, 0.000244140625, 0.001708984375, -0.017578125], [0.0009765625, 0.00048828125, 0.0029296875, 0.00146484375, 0.00244140625, 0.001953125, 0.00390625, 0.01171875, -0.0009765625, -0.00048828125, -0.0029296875, -0.005859375, -0.001708984375, 0.000244140625, 0.001708984375, -0.017578125]]> : tensor<2x16xf32>
  %i = rope.rotate interleaved %x : tensor<2x2x32xbf16> cos_sin(%c, %s : tensor<2x16xf32>, tensor<2x16xf32>)
       {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  call @print(%i) : (tensor<2x2x32xbf16>) -> ()
  %h = rope.rotate half %x : tensor<2x2x32xbf16> cos_sin(%c, %s : tensor<2x16xf32>, tensor<2x16xf32>)
       {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  call @print(%h) : (tensor<2x2x32xbf16>) -> ()
  return
}
