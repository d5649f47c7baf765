// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s

// Llama 3.1: angles from rope.freqs of the position ids with llama3
// scaling (theta 5e5), computed in the kernel (no table in memory), q and k
// in one launch, at positions up to 131071 where hardware sin.approx would
// be off by 1e-2: f32 storage so the check sees the sin/cos error.

func.func @llama31(%q: tensor<?x4x128xf32>, %k: tensor<?x2x128xf32>,
                   %pos: tensor<?xi64>)
    -> (tensor<?x4x128xf32>, tensor<?x2x128xf32>)
    attributes {llvm.emit_c_interface} {
  %t = rope.freqs %pos {dim = 128 : i64, theta = 5.0e+05 : f64,
         scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0,
                                high_freq_factor = 4.0,
                                original_max_position = 8192>}
       : tensor<?xi64>
  %q2, %k2 = rope.rotate half %q, %k : tensor<?x4x128xf32>, tensor<?x2x128xf32>
      angles(%t : tensor<?x64xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<?x4x128xf32>, tensor<?x2x128xf32>
}

// sin/cos within 2e-6 of f64 at the f32 angle, times |x| <= 1 per term, two
// terms, plus f32 rounding: 5e-6.
// GPU: llama3 = dict(kind="llama3", factor=8.0, low_freq_factor=1.0, high_freq_factor=4.0, original_max_position=8192)
// GPU: for pos in (np.array([0]), np.array([131071, 131070, 100000, 65537, 8191, 1, 77])):
// GPU:     q, k = rand([len(pos), 4, 128], "f32", 16), rand([len(pos), 2, 128], "f32", 17)
// GPU:     t = ref.freqs(pos, 128, theta=5e5, scaling=llama3)
// GPU:     expect = [ref.rotate(x, 128, "half", angles=t, table_map=[0]) for x in (q, k)]
// GPU:     site("rope_site_0", expect, 5e-6, input0=q, input1=k, positions0=pos)
// GPU:     func("llama31", [q, k, pos], expect, 5e-6)
