// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s

// Hugging Face's [batch, heads, seq, D] q and k (GQA) with a per-pair f16
// cos/sin cache gathered by position ids (vLLM's cos_sin_cache[positions])
// and an attention scale: the token splits into (batch, seq), the table row
// is the position.

func.func @attn(%q: tensor<2x4x?x32xf32>, %k: tensor<2x2x?x32xf32>,
                %c: tensor<128x16xf16>, %s: tensor<128x16xf16>,
                %p: tensor<2x?xi64>)
    -> (tensor<2x4x?x32xf32>, tensor<2x2x?x32xf32>)
    attributes {llvm.emit_c_interface} {
  %q2, %k2 = rope.rotate half %q, %k : tensor<2x4x?x32xf32>, tensor<2x2x?x32xf32>
       cos_sin(%c, %s : tensor<128x16xf16>, tensor<128x16xf16>)
       gather(%p : tensor<2x?xi64>)
       {rotary_dim = 32 : i64, scale = 0.5 : f32,
        table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                      affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %q2, %k2 : tensor<2x4x?x32xf32>, tensor<2x2x?x32xf32>
}

// GPU: for seq in (1, 33):
// GPU:     q, k = rand([2, 4, seq, 32], "f32", 7), rand([2, 2, seq, 32], "f32", 8)
// GPU:     c, s = rand([128, 16], "f16", 9), rand([128, 16], "f16", 10)
// GPU:     p = np.random.default_rng(11).integers(0, 128, size=(2, seq))
// GPU:     expect = [ref.rotate(x, 32, "half", cos=c, sin=s, positions=p, table_map=[0, 2], scale=0.5)
// GPU:               for x in (q, k)]
// GPU:     site("rope_site_0", expect, 1e-5, input0=q, input1=k, cos=c, sin=s, positions=p)
// GPU:     func("attn", [q, k, c, s, p], expect, 1e-5)
