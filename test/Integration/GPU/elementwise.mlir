// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s

// Sites the fused kernel leaves to the element-per-thread kernel: xPos
// decay on q and k, and a table gathered by (t, h, w) coordinates where a
// negative coordinate passes the token through.

func.func @xpos(%q: tensor<9x2x16xf32>, %k: tensor<9x2x16xf32>,
                %t: tensor<9x8xf32>, %p: tensor<9xf32>)
    -> (tensor<9x2x16xf32>, tensor<9x2x16xf32>)
    attributes {llvm.emit_c_interface} {
  %q2, %k2 = rope.rotate half %q, %k : tensor<9x2x16xf32>, tensor<9x2x16xf32>
      angles(%t : tensor<9x8xf32>) xpos(%p : tensor<9xf32>)
      {rotary_dim = 16 : i64,
       xpos = #rope.xpos<scale_base = 512.0, signs = [1, -1]>,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<9x2x16xf32>, tensor<9x2x16xf32>
}

func.func @coords(%x: tensor<6x2x8xf32>, %t: tensor<2x3x4x4xf32>,
                  %c: tensor<6x3xi64>) -> tensor<6x2x8xf32>
    attributes {llvm.emit_c_interface} {
  %y = rope.rotate interleaved %x : tensor<6x2x8xf32>
       angles(%t : tensor<2x3x4x4xf32>) gather(%c : tensor<6x3xi64>)
       {rotary_dim = 8 : i64, coords,
        table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<6x2x8xf32>
}

// GPU: q, k = rand([9, 2, 16], "f32", 12), rand([9, 2, 16], "f32", 13)
// GPU: t = ref.freqs(np.arange(9), 16)
// GPU: p = np.arange(9, dtype=np.float64) * 3
// GPU: expect = [ref.rotate(x, 16, "half", angles=t, table_map=[0], xpos=(512.0, 0.4),
// GPU:                      xpos_positions=p, xpos_sign=sign) for x, sign in ((q, 1), (k, -1))]
// GPU: site("rope_site_0", expect, 1e-5, input0=q, input1=k, angles=t, xpos_positions=p)
// GPU: func("xpos", [q, k, t, p], expect, 1e-5)
// GPU: x = rand([6, 2, 8], "f32", 14)
// GPU: table = rand([2, 3, 4, 4], "f32", 15) * 50
// GPU: c = np.array([[0, 0, 0], [1, 2, 3], [-1, 0, 0], [1, 0, 2], [0, -5, 1], [1, 1, 1]])
// GPU: expect = [ref.rotate(x, 8, "interleaved", angles=table, positions=c, coords=True, table_map=[0])]
// GPU: site("rope_site_1", expect, 1e-5, input0=x, angles=table, positions=c)
// GPU: func("coords", [x, table, c], expect, 1e-5)
