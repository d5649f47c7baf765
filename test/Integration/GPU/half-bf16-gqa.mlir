// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s
// One SM to fill: head groups of several heads, the unrolled head loop and
// its remainder.
// RUN: rope-gpu-aot %s --num-sms 1 -o %t.groups.so
// RUN: %python %S/lib/gpucheck.py %t.groups.so %s

// LLaMA-style q/k with grouped-query attention ([tokens, heads, D], 5 q
// heads, 2 k heads), half layout, bf16 storage, one angle table shared by
// q and k (one fused launch), dynamic token count.

func.func @qk(%q: tensor<?x5x64xbf16>, %k: tensor<?x2x64xbf16>,
              %t: tensor<?x32xf32>)
    -> (tensor<?x5x64xbf16>, tensor<?x2x64xbf16>)
    attributes {llvm.emit_c_interface} {
  %q2, %k2 = rope.rotate half %q, %k : tensor<?x5x64xbf16>, tensor<?x2x64xbf16>
      angles(%t : tensor<?x32xf32>)
      {rotary_dim = 64 : i64,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<?x5x64xbf16>, tensor<?x2x64xbf16>
}

// bf16 results: the f64 reference rounded to bf16 and the f32 kernel
// rounded to bf16 differ by at most one bf16 ulp (2^-7 below 2).
// GPU: for tokens in (1, 37, 300):
// GPU:     q, k = rand([tokens, 5, 64], "bf16", 1), rand([tokens, 2, 64], "bf16", 2)
// GPU:     t = ref.freqs(np.arange(tokens) * 7 + 3, 64)
// GPU:     expect = [ref.rotate(q, 64, "half", angles=t, table_map=[0], out_dtype="bf16"),
// GPU:               ref.rotate(k, 64, "half", angles=t, table_map=[0], out_dtype="bf16")]
// GPU:     site("rope_site_0", expect, 2**-7, input0=q, input1=k, angles=t)
// GPU:     site("rope_site_0", expect, 2**-7, in_place=True, input0=q, input1=k, angles=t)
// GPU:     func("qk", [q, k, t], expect, 2**-7)
