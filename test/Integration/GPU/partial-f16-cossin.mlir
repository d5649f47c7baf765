// REQUIRES: cuda-gpu, numpy
// RUN: rope-gpu-aot %s -o %t.so
// RUN: %python %S/lib/gpucheck.py %t.so %s

// GPT-NeoX partial rotary (20 of 80 channels) in f16 with per-element
// cos/sin tables as Hugging Face builds them (cat(freqs, freqs)), here with
// halves that differ, which the kernel must use as given: rotary threads
// and pass-through threads in one sweep, 32-bit f16 vectors (R/2 = 10).

func.func @neox(%x: tensor<?x4x80xf16>, %c: tensor<?x20xf32>,
                %s: tensor<?x20xf32>) -> tensor<?x4x80xf16>
    attributes {llvm.emit_c_interface} {
  %y = rope.rotate half %x : tensor<?x4x80xf16>
       cos_sin(%c, %s : tensor<?x20xf32>, tensor<?x20xf32>)
       {rotary_dim = 20 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<?x4x80xf16>
}

// f16 results: within one f16 ulp (2^-10 below 2) of the rounded f64
// reference.
// GPU: for tokens in (3, 65):
// GPU:     x = rand([tokens, 4, 80], "f16", 4)
// GPU:     c, s = rand([tokens, 20], "f32", 5), rand([tokens, 20], "f32", 6)
// GPU:     expect = [ref.rotate(x, 20, "half", cos=c, sin=s, table_map=[0], out_dtype="f16")]
// GPU:     site("rope_site_0", expect, 2**-10, input0=x, cos=c, sin=s)
// GPU:     func("neox", [x, c, s], expect, 2**-10)
