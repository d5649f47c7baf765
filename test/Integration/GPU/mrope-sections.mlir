// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s

// Qwen2-VL multimodal RoPE: per-token (t, h, w) positions and frequency
// slots split into sections [16, 8, 8], chunked; the kernel loads the three
// positions of a token and gives each slot the one of its section.

func.func @qwen2vl(%q: tensor<?x4x64xbf16>, %pos: tensor<?x3xi64>)
    -> tensor<?x4x64xbf16> attributes {llvm.emit_c_interface} {
  %t = rope.freqs %pos {dim = 64 : i64, theta = 1.0e+06 : f64,
                        sections = array<i64: 16, 8, 8>} : tensor<?x3xi64>
  %y = rope.rotate half %q : tensor<?x4x64xbf16> angles(%t : tensor<?x32xf32>)
       {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<?x4x64xbf16>
}

// GPU: pos = np.random.default_rng(19).integers(0, 4000, size=(23, 3))
// GPU: q = rand([23, 4, 64], "bf16", 20)
// GPU: t = ref.freqs(pos, 64, theta=1e6, sections=[16, 8, 8])
// GPU: expect = [ref.rotate(q, 64, "half", angles=t, table_map=[0], out_dtype="bf16")]
// GPU: site("rope_site_0", expect, 2**-7, input0=q, positions0=pos)
// GPU: func("qwen2vl", [q, pos], expect, 2**-7)
