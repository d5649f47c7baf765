// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s

// GPT-J: [batch, seq, heads, D] f32, interleaved pairs, a per-(batch, seq)
// angle table: 128-bit vectors of two pairs each.

func.func @gptj(%x: tensor<2x?x3x64xf32>, %t: tensor<2x?x32xf32>)
    -> tensor<2x?x3x64xf32> attributes {llvm.emit_c_interface} {
  %y = rope.rotate interleaved %x : tensor<2x?x3x64xf32>
       angles(%t : tensor<2x?x32xf32>)
       {rotary_dim = 64 : i64,
        table_maps = [affine_map<(d0, d1, d2) -> (d0, d1)>]}
  return %y : tensor<2x?x3x64xf32>
}

// f32 results: sin/cos within 2e-6 of f64 at angles up to 7 * 40 rad,
// products rounded in f32.
// GPU: for seq in (1, 40):
// GPU:     x = rand([2, seq, 3, 64], "f32", 3)
// GPU:     t = ref.freqs(np.arange(2 * seq).reshape(2, seq) * 7, 64)
// GPU:     expect = [ref.rotate(x, 64, "interleaved", angles=t, table_map=[0, 1])]
// GPU:     site("rope_site_0", expect, 1e-5, input0=x, angles=t)
// GPU:     func("gptj", [x, t], expect, 1e-5)
