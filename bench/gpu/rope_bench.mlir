// The RoPE sites of the GPU benchmark (bench/gpu/bench.py), the shapes of
// the CPU benchmark (bench/cpu_bench.py): LLaMA-7B q and k [1, 32, S, 128]
// with positions [1, S] (decode S = 1..16, prefill S = 4096; S dynamic),
// angles computed in the kernel from the positions or read from the given
// cos/sin tables Hugging Face passes ([1, S, 128], f32); CogVideoX-2b's 3D
// RoPE on q and k [1, 30, 13*30*45, 64] (t/h/w blocks of 8/12/12 pairs,
// interleaved). f32 and bf16.

func.func @llama_bf16(%q: tensor<1x32x?x128xbf16>, %k: tensor<1x32x?x128xbf16>,
                      %pos: tensor<1x?xi64>)
    -> (tensor<1x32x?x128xbf16>, tensor<1x32x?x128xbf16>) {
  %t = rope.freqs %pos {dim = 128 : i64} : tensor<1x?xi64>
  %q2, %k2 = rope.rotate half %q, %k : tensor<1x32x?x128xbf16>, tensor<1x32x?x128xbf16>
      angles(%t : tensor<1x?x64xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                     affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %q2, %k2 : tensor<1x32x?x128xbf16>, tensor<1x32x?x128xbf16>
}

func.func @llama_f32(%q: tensor<1x32x?x128xf32>, %k: tensor<1x32x?x128xf32>,
                     %pos: tensor<1x?xi64>)
    -> (tensor<1x32x?x128xf32>, tensor<1x32x?x128xf32>) {
  %t = rope.freqs %pos {dim = 128 : i64} : tensor<1x?xi64>
  %q2, %k2 = rope.rotate half %q, %k : tensor<1x32x?x128xf32>, tensor<1x32x?x128xf32>
      angles(%t : tensor<1x?x64xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                     affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %q2, %k2 : tensor<1x32x?x128xf32>, tensor<1x32x?x128xf32>
}

func.func @llama_tables_bf16(%q: tensor<1x32x?x128xbf16>, %k: tensor<1x32x?x128xbf16>,
                             %cos: tensor<1x?x128xf32>, %sin: tensor<1x?x128xf32>)
    -> (tensor<1x32x?x128xbf16>, tensor<1x32x?x128xbf16>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<1x32x?x128xbf16>, tensor<1x32x?x128xbf16>
      cos_sin(%cos, %sin : tensor<1x?x128xf32>, tensor<1x?x128xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                     affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %q2, %k2 : tensor<1x32x?x128xbf16>, tensor<1x32x?x128xbf16>
}

func.func @llama_tables_f32(%q: tensor<1x32x?x128xf32>, %k: tensor<1x32x?x128xf32>,
                            %cos: tensor<1x?x128xf32>, %sin: tensor<1x?x128xf32>)
    -> (tensor<1x32x?x128xf32>, tensor<1x32x?x128xf32>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<1x32x?x128xf32>, tensor<1x32x?x128xf32>
      cos_sin(%cos, %sin : tensor<1x?x128xf32>, tensor<1x?x128xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                     affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %q2, %k2 : tensor<1x32x?x128xf32>, tensor<1x32x?x128xf32>
}

func.func @cogvideox_bf16(%q: tensor<1x30x17550x64xbf16>, %k: tensor<1x30x17550x64xbf16>)
    -> (tensor<1x30x17550x64xbf16>, tensor<1x30x17550x64xbf16>) {
  %ft = rope.freqs length 13 {dim = 16 : i64}
  %fh = rope.freqs length 30 {dim = 24 : i64}
  %fw = rope.freqs length 45 {dim = 24 : i64}
  %b = rope.broadcat %ft, %fh, %fw : tensor<13x8xf32>, tensor<30x12xf32>, tensor<45x12xf32>
  %flat = tensor.collapse_shape %b [[0, 1, 2], [3]] : tensor<13x30x45x32xf32> into tensor<17550x32xf32>
  %q2, %k2 = rope.rotate interleaved %q, %k : tensor<1x30x17550x64xbf16>, tensor<1x30x17550x64xbf16>
      angles(%flat : tensor<17550x32xf32>)
      {rotary_dim = 64 : i64,
       table_maps = [affine_map<(d0, d1, d2) -> (d2)>,
                     affine_map<(d0, d1, d2) -> (d2)>]}
  return %q2, %k2 : tensor<1x30x17550x64xbf16>, tensor<1x30x17550x64xbf16>
}

func.func @cogvideox_f32(%q: tensor<1x30x17550x64xf32>, %k: tensor<1x30x17550x64xf32>)
    -> (tensor<1x30x17550x64xf32>, tensor<1x30x17550x64xf32>) {
  %ft = rope.freqs length 13 {dim = 16 : i64}
  %fh = rope.freqs length 30 {dim = 24 : i64}
  %fw = rope.freqs length 45 {dim = 24 : i64}
  %b = rope.broadcat %ft, %fh, %fw : tensor<13x8xf32>, tensor<30x12xf32>, tensor<45x12xf32>
  %flat = tensor.collapse_shape %b [[0, 1, 2], [3]] : tensor<13x30x45x32xf32> into tensor<17550x32xf32>
  %q2, %k2 = rope.rotate interleaved %q, %k : tensor<1x30x17550x64xf32>, tensor<1x30x17550x64xf32>
      angles(%flat : tensor<17550x32xf32>)
      {rotary_dim = 64 : i64,
       table_maps = [affine_map<(d0, d1, d2) -> (d2)>,
                     affine_map<(d0, d1, d2) -> (d2)>]}
  return %q2, %k2 : tensor<1x30x17550x64xf32>, tensor<1x30x17550x64xf32>
}
