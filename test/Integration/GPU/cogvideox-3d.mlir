// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s

// CogVideoX 3D RoPE at a small size: head dim 64 split into t/h/w axes of
// 24/20/20 channels, each axis its own rope.freqs (h and w over an
// interpolated grid: a position scale), joined by rope.broadcat and
// collapsed to the tokens; interleaved pairs, bf16, [batch, heads, tokens,
// D]. The kernel splits each token into (t, h, w) and computes the angles;
// no table is read.

func.func @cogvideox(%x: tensor<1x3x120x64xbf16>) -> tensor<1x3x120x64xbf16>
    attributes {llvm.emit_c_interface} {
  %tt = rope.freqs length 2 {dim = 24 : i64}
  %th = rope.freqs length 6 {dim = 20 : i64, position_scale = 0.75 : f32}
  %tw = rope.freqs length 10 {dim = 20 : i64, position_scale = 0.5 : f32}
  %table = rope.broadcat %tt, %th, %tw
      : tensor<2x12xf32>, tensor<6x10xf32>, tensor<10x10xf32>
  %flat = tensor.collapse_shape %table [[0, 1, 2], [3]]
      : tensor<2x6x10x32xf32> into tensor<120x32xf32>
  %y = rope.rotate interleaved %x : tensor<1x3x120x64xbf16>
       angles(%flat : tensor<120x32xf32>)
       {rotary_dim = 64 : i64,
        table_maps = [affine_map<(d0, d1, d2) -> (d2)>]}
  return %y : tensor<1x3x120x64xbf16>
}

// GPU: x = rand([1, 3, 120, 64], "bf16", 18)
// GPU: table = ref.broadcat(ref.freqs(np.arange(2), 24), ref.freqs(np.arange(6), 20, position_scale=0.75),
// GPU:                      ref.freqs(np.arange(10), 20, position_scale=0.5)).reshape(120, 32)
// GPU: expect = [ref.rotate(x, 64, "interleaved", angles=table, table_map=[2], out_dtype="bf16")]
// GPU: site("rope_site_0", expect, 2**-7, input0=x)
// GPU: func("cogvideox", [x], expect, 2**-7)
