// A LLaMA-style attention block (one layer, batch 1) in linalg-on-tensors IR,
// written the way an ML front end (torch-mlir, IREE's importers) emits
// Hugging Face's LlamaAttention: q/k/v projections, rotary position
// embedding with HF's rotate_half on q and k and cos/sin computed from the
// positions, grouped-query attention (2 query heads share 1 key/value head),
// causal softmax(QK^T / sqrt(d)) V, and the output projection.
// Sizes: 5 tokens, hidden 16, head_dim 8, 2 query heads, 1 key/value head.
//
// Nothing here is a rope op: finding the RoPE in it is the job of
// --rope-raise. scripts/demo.sh raises this file (q and k become one
// rope.rotate fed by rope.freqs of the positions), lowers the raised IR with
// --rope-cpu-pipeline, runs @main with mlir-runner and checks the printed
// numbers against the numpy reference written in the REF lines below
// (test/lib/ropecheck.py runs them).
//
// REF: x, wq, wk, wv, wo = (const(n) for n in ("x", "wq", "wk", "wv", "wo"))
// REF: S, H, KV, D = 5, 2, 1, 8
// REF: heads = lambda t, n: t.reshape(S, n, D).transpose(1, 0, 2)
// REF: q, k, v = heads(x @ wq, H), heads(x @ wk, KV), heads(x @ wv, KV)
// REF: inv_freq = 1.0 / 10000.0 ** (np.arange(0, D, 2) / D)
// REF: freqs = np.outer(np.arange(S), inv_freq)
// REF: emb = np.concatenate([freqs, freqs], axis=-1)
// REF: cos, sin = np.cos(emb), np.sin(emb)
// REF: rotate_half = lambda t: np.concatenate([-t[..., D // 2:], t[..., :D // 2]], axis=-1)
// REF: q = q * cos + rotate_half(q) * sin
// REF: k = k * cos + rotate_half(k) * sin
// REF: k, v = np.repeat(k, H // KV, axis=0), np.repeat(v, H // KV, axis=0)
// REF: scores = q @ k.transpose(0, 2, 1) / np.sqrt(D)
// REF: scores = np.where(np.tril(np.ones((S, S))) > 0, scores, -np.inf)
// REF: p = np.exp(scores - scores.max(-1, keepdims=True))
// REF: p = p / p.sum(-1, keepdims=True)
// REF: out = (p @ v).transpose(1, 0, 2).reshape(S, H * D) @ wo
// REF: outputs = [q, out]
// REF: tol = 2e-5   # f32 end to end vs f64; printMemrefF32 prints 6 digits
// REF: rtol = 1e-5

#id2 = affine_map<(d0, d1) -> (d0, d1)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1) -> (d1)>
#sd = affine_map<(d0, d1, d2) -> (d1, d2)>
#red = affine_map<(d0, d1, d2) -> (d0, d1)>

func.func private @printMemrefF32(memref<*xf32>)

func.func @llama_attention(%x: tensor<5x16xf32>, %position_ids: tensor<5xi64>,
                           %wq: tensor<16x16xf32>, %wk: tensor<16x8xf32>,
                           %wv: tensor<16x8xf32>, %wo: tensor<16x16xf32>)
    -> (tensor<2x5x8xf32>, tensor<5x16xf32>) {
  %zero = arith.constant 0.0 : f32

  // q, k, v projections, split into heads: [S, n*D] -> [n, S, D].
  %e16 = tensor.empty() : tensor<5x16xf32>
  %z16 = linalg.fill ins(%zero : f32) outs(%e16 : tensor<5x16xf32>) -> tensor<5x16xf32>
  %e8 = tensor.empty() : tensor<5x8xf32>
  %z8 = linalg.fill ins(%zero : f32) outs(%e8 : tensor<5x8xf32>) -> tensor<5x8xf32>
  %qp = linalg.matmul ins(%x, %wq : tensor<5x16xf32>, tensor<16x16xf32>) outs(%z16 : tensor<5x16xf32>) -> tensor<5x16xf32>
  %kp = linalg.matmul ins(%x, %wk : tensor<5x16xf32>, tensor<16x8xf32>) outs(%z8 : tensor<5x8xf32>) -> tensor<5x8xf32>
  %vp = linalg.matmul ins(%x, %wv : tensor<5x16xf32>, tensor<16x8xf32>) outs(%z8 : tensor<5x8xf32>) -> tensor<5x8xf32>
  %q3 = tensor.expand_shape %qp [[0], [1, 2]] output_shape [5, 2, 8] : tensor<5x16xf32> into tensor<5x2x8xf32>
  %eq = tensor.empty() : tensor<2x5x8xf32>
  %q = linalg.transpose ins(%q3 : tensor<5x2x8xf32>) outs(%eq : tensor<2x5x8xf32>) permutation = [1, 0, 2]
  %k = tensor.expand_shape %kp [[0, 1], [2]] output_shape [1, 5, 8] : tensor<5x8xf32> into tensor<1x5x8xf32>
  %v = tensor.expand_shape %vp [[0, 1], [2]] output_shape [1, 5, 8] : tensor<5x8xf32> into tensor<1x5x8xf32>

  // LlamaRotaryEmbedding: freqs = inv_freq[:, None] @ positions[None, :]
  // (a K=1 matmul), transposed to [S, D/2]; emb = cat(freqs, freqs).
  %inv_freq = arith.constant dense<[1.000000000e+00, 1.000000015e-01, 9.999999776e-03, 1.000000047e-03]> : tensor<4xf32>
  %epf = tensor.empty() : tensor<5xf32>
  %posf = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%position_ids : tensor<5xi64>) outs(%epf : tensor<5xf32>) {
  ^bb0(%p: i64, %o: f32):
    %f = arith.sitofp %p : i64 to f32
    linalg.yield %f : f32
  } -> tensor<5xf32>
  %inv2 = tensor.expand_shape %inv_freq [[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
  %pos2 = tensor.expand_shape %posf [[0, 1]] output_shape [1, 5] : tensor<5xf32> into tensor<1x5xf32>
  %e45 = tensor.empty() : tensor<4x5xf32>
  %z45 = linalg.fill ins(%zero : f32) outs(%e45 : tensor<4x5xf32>) -> tensor<4x5xf32>
  %freqs_t = linalg.matmul ins(%inv2, %pos2 : tensor<4x1xf32>, tensor<1x5xf32>) outs(%z45 : tensor<4x5xf32>) -> tensor<4x5xf32>
  %e54 = tensor.empty() : tensor<5x4xf32>
  %freqs = linalg.transpose ins(%freqs_t : tensor<4x5xf32>) outs(%e54 : tensor<5x4xf32>) permutation = [1, 0]
  %emb = tensor.concat dim(1) %freqs, %freqs : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %cos = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%emb : tensor<5x8xf32>) outs(%e8 : tensor<5x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %c = math.cos %a : f32
    linalg.yield %c : f32
  } -> tensor<5x8xf32>
  %sin = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%emb : tensor<5x8xf32>) outs(%e8 : tensor<5x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = math.sin %a : f32
    linalg.yield %s : f32
  } -> tensor<5x8xf32>

  // apply_rotary_pos_emb: q * cos + rotate_half(q) * sin, same for k, with
  // HF's rotate_half(t) = cat(-t[..., D/2:], t[..., :D/2]).
  %x1_q = tensor.extract_slice %q[0, 0, 0] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xf32> to tensor<2x5x4xf32>
  %x2_q = tensor.extract_slice %q[0, 0, 4] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xf32> to tensor<2x5x4xf32>
  %eh_q = tensor.empty() : tensor<2x5x4xf32>
  %neg_q = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x2_q : tensor<2x5x4xf32>) outs(%eh_q : tensor<2x5x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<2x5x4xf32>
  %rot_q = tensor.concat dim(2) %neg_q, %x1_q : (tensor<2x5x4xf32>, tensor<2x5x4xf32>) -> tensor<2x5x8xf32>
  %e_q = tensor.empty() : tensor<2x5x8xf32>
  %q_embed = linalg.generic {indexing_maps = [#id3, #id3, #sd, #sd, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%q, %rot_q, %cos, %sin : tensor<2x5x8xf32>, tensor<2x5x8xf32>, tensor<5x8xf32>, tensor<5x8xf32>) outs(%e_q : tensor<2x5x8xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %y = arith.addf %ac, %bs : f32
    linalg.yield %y : f32
  } -> tensor<2x5x8xf32>
  %x1_k = tensor.extract_slice %k[0, 0, 0] [1, 5, 4] [1, 1, 1] : tensor<1x5x8xf32> to tensor<1x5x4xf32>
  %x2_k = tensor.extract_slice %k[0, 0, 4] [1, 5, 4] [1, 1, 1] : tensor<1x5x8xf32> to tensor<1x5x4xf32>
  %eh_k = tensor.empty() : tensor<1x5x4xf32>
  %neg_k = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x2_k : tensor<1x5x4xf32>) outs(%eh_k : tensor<1x5x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<1x5x4xf32>
  %rot_k = tensor.concat dim(2) %neg_k, %x1_k : (tensor<1x5x4xf32>, tensor<1x5x4xf32>) -> tensor<1x5x8xf32>
  %e_k = tensor.empty() : tensor<1x5x8xf32>
  %k_embed = linalg.generic {indexing_maps = [#id3, #id3, #sd, #sd, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%k, %rot_k, %cos, %sin : tensor<1x5x8xf32>, tensor<1x5x8xf32>, tensor<5x8xf32>, tensor<5x8xf32>) outs(%e_k : tensor<1x5x8xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %y = arith.addf %ac, %bs : f32
    linalg.yield %y : f32
  } -> tensor<1x5x8xf32>

  // repeat_kv: the one key/value head serves both query heads.
  %ekr = tensor.empty() : tensor<1x2x5x8xf32>
  %kb = linalg.broadcast ins(%k_embed : tensor<1x5x8xf32>) outs(%ekr : tensor<1x2x5x8xf32>) dimensions = [1]
  %vb = linalg.broadcast ins(%v : tensor<1x5x8xf32>) outs(%ekr : tensor<1x2x5x8xf32>) dimensions = [1]
  %kr = tensor.collapse_shape %kb [[0, 1], [2], [3]] : tensor<1x2x5x8xf32> into tensor<2x5x8xf32>
  %vr = tensor.collapse_shape %vb [[0, 1], [2], [3]] : tensor<1x2x5x8xf32> into tensor<2x5x8xf32>

  // scores = q k^T / sqrt(D) with the causal mask, then softmax over keys.
  %ekt = tensor.empty() : tensor<2x8x5xf32>
  %kt = linalg.transpose ins(%kr : tensor<2x5x8xf32>) outs(%ekt : tensor<2x8x5xf32>) permutation = [0, 2, 1]
  %ess = tensor.empty() : tensor<2x5x5xf32>
  %zss = linalg.fill ins(%zero : f32) outs(%ess : tensor<2x5x5xf32>) -> tensor<2x5x5xf32>
  %qk = linalg.batch_matmul ins(%q_embed, %kt : tensor<2x5x8xf32>, tensor<2x8x5xf32>) outs(%zss : tensor<2x5x5xf32>) -> tensor<2x5x5xf32>
  %scores = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%qk : tensor<2x5x5xf32>) outs(%ess : tensor<2x5x5xf32>) {
  ^bb0(%a: f32, %o: f32):
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %inv_sqrt_d = arith.constant 0.353553385 : f32
    %scaled = arith.mulf %a, %inv_sqrt_d : f32
    %future = arith.cmpi ugt, %j, %i : index
    %ninf = arith.constant 0xFF800000 : f32
    %masked = arith.select %future, %ninf, %scaled : f32
    linalg.yield %masked : f32
  } -> tensor<2x5x5xf32>
  %er = tensor.empty() : tensor<2x5xf32>
  %ninf = arith.constant 0xFF800000 : f32
  %mx0 = linalg.fill ins(%ninf : f32) outs(%er : tensor<2x5xf32>) -> tensor<2x5xf32>
  %mx = linalg.generic {indexing_maps = [#id3, #red], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%scores : tensor<2x5x5xf32>) outs(%mx0 : tensor<2x5xf32>) {
  ^bb0(%a: f32, %m: f32):
    %n = arith.maximumf %a, %m : f32
    linalg.yield %n : f32
  } -> tensor<2x5xf32>
  %ex = linalg.generic {indexing_maps = [#id3, #red, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scores, %mx : tensor<2x5x5xf32>, tensor<2x5xf32>) outs(%ess : tensor<2x5x5xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<2x5x5xf32>
  %sm0 = linalg.fill ins(%zero : f32) outs(%er : tensor<2x5xf32>) -> tensor<2x5xf32>
  %sm = linalg.generic {indexing_maps = [#id3, #red], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%ex : tensor<2x5x5xf32>) outs(%sm0 : tensor<2x5xf32>) {
  ^bb0(%a: f32, %s: f32):
    %n = arith.addf %a, %s : f32
    linalg.yield %n : f32
  } -> tensor<2x5xf32>
  %probs = linalg.generic {indexing_maps = [#id3, #red, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%ex, %sm : tensor<2x5x5xf32>, tensor<2x5xf32>) outs(%ess : tensor<2x5x5xf32>) {
  ^bb0(%a: f32, %s: f32, %o: f32):
    %p = arith.divf %a, %s : f32
    linalg.yield %p : f32
  } -> tensor<2x5x5xf32>

  // attn = probs v, heads merged back to [S, H*D], output projection.
  %eo = tensor.empty() : tensor<2x5x8xf32>
  %zo = linalg.fill ins(%zero : f32) outs(%eo : tensor<2x5x8xf32>) -> tensor<2x5x8xf32>
  %attn = linalg.batch_matmul ins(%probs, %vr : tensor<2x5x5xf32>, tensor<2x5x8xf32>) outs(%zo : tensor<2x5x8xf32>) -> tensor<2x5x8xf32>
  %eat = tensor.empty() : tensor<5x2x8xf32>
  %attn_t = linalg.transpose ins(%attn : tensor<2x5x8xf32>) outs(%eat : tensor<5x2x8xf32>) permutation = [1, 0, 2]
  %merged = tensor.collapse_shape %attn_t [[0], [1, 2]] : tensor<5x2x8xf32> into tensor<5x16xf32>
  %out = linalg.matmul ins(%merged, %wo : tensor<5x16xf32>, tensor<16x16xf32>) outs(%z16 : tensor<5x16xf32>) -> tensor<5x16xf32>
  return %q_embed, %out : tensor<2x5x8xf32>, tensor<5x16xf32>
}

// Prints the rotated queries and the block's output.
func.func @main() {
  %x = arith.constant dense<[[0.3517, -0.5714, -0.3811, 0.5989, 0.9916, -0.7155, -0.8425, -0.6384, -0.2807, -0.6608, 0.1775, 0.2336, -0.7892, 0.1315, -0.9907, -0.0698], [0.9512, 0.5989, 0.1936, -0.3493, -0.5873, -0.1145, -0.4439, 0.7499, -0.5737, -0.4515, 0.6144, -0.4633, -0.4639, -0.8582, -0.0656, -0.4716], [0.7779, -0.4274, 0.5475, -0.0255, -0.064, 0.9299, 0.7965, -0.8419, -0.5096, -0.6304, 0.8109, 0.1077, -0.2567, 0.6678, -0.3025, 0.3633], [-0.5433, -0.9523, 0.3922, -0.3263, -0.316, -0.4483, -0.4973, 0.1402, -0.3323, -0.1488, -0.5961, 0.0103, 0.1708, -0.1594, -0.1931, 0.8879], [-0.9036, -0.3479, 0.0379, 0.1969, -0.9154, -0.5175, -0.8915, -0.9845, -0.3558, -0.186, 0.7183, -0.973, 0.4325, -0.0861, 0.1782, -0.7072]]> : tensor<5x16xf32>
  %wq = arith.constant dense<[[0.302, -0.1207, -0.0902, 0.0658, -0.2393, -0.0636, -0.3652, 0.2029, -0.3994, -0.2205, -0.2815, -0.3684, 0.0491, -0.303, 0.2512, -0.2201], [0.468, 0.0651, -0.412, 0.1202, -0.291, -0.1223, -0.2925, -0.2159, 0.1132, 0.0055, -0.4804, 0.4167, -0.2532, -0.0142, -0.3717, -0.1165], [0.2823, -0.2609, 0.3446, 0.1141, 0.1338, 0.4051, 0.0097, -0.3612, 0.1405, 0.1344, 0.3001, -0.3735, -0.282, 0.4326, 0.0628, -0.296], [-0.0762, -0.1086, -0.3697, 0.0922, -0.4481, -0.4402, -0.2412, -0.13, 0.0632, 0.4065, -0.2693, -0.3507, -0.3659, -0.4266, -0.345, -0.2799], [0.4482, 0.3736, -0.3592, 0.2802, -0.4935, 0.1639, -0.1874, -0.1422, -0.2744, 0.0621, 0.4304, 0.3292, 0.3153, 0.0112, 0.474, 0.3393], [0.1268, 0.3891, -0.4125, -0.2823, 0.4075, -0.3198, -0.4167, -0.11, 0.2174, 0.0953, 0.0323, 0.2427, 0.3335, -0.479, 0.3971, 0.1022], [0.3766, -0.0102, -0.167, -0.3665, 0.2375, -0.3802, 0.334, -0.322, -0.4297, 0.1747, 0.016, -0.3188, -0.4615, -0.2161, 0.3661, -0.1255], [0.271, 0.4873, 0.3126, 0.487, -0.014, 0.4514, -0.3044, -0.309, 0.1946, 0.4665, 0.142, 0.0727, 0.3647, -0.2252, 0.3809, -0.4407], [-0.2857, 0.312, 0.0596, 0.337, -0.1194, -0.4661, 0.0818, 0.1478, -0.3792, 0.1126, 0.2468, 0.4625, 0.1627, 0.0762, 0.15, -0.1065], [0.0414, -0.0562, 0.0533, 0.1434, 0.1546, 0.3451, -0.3322, -0.2735, -0.1772, 0.4339, 0.1472, -0.3732, -0.1908, 0.2014, -0.2993, 0.2498], [0.4377, 0.4294, -0.0114, -0.1585, -0.3225, -0.3546, -0.4389, 0.3254, -0.1606, -0.2526, 0.3786, -0.3616, -0.3639, -0.2374, 0.3332, -0.3771], [-0.2988, 0.4265, 0.3751, 0.1932, -0.3589, 0.2127, 0.494, 0.1905, 0.0402, 0.2257, 0.3984, -0.0807, 0.2062, 0.12, 0.109, -0.0307], [-0.1205, -0.4922, 0.3145, 0.0203, 0.1303, -0.2266, 0.0294, -0.4653, -0.0154, 0.0231, -0.2068, -0.2279, 0.1206, -0.4002, -0.3745, -0.3133], [-0.1567, 0.4691, 0.3517, -0.0626, 0.1898, -0.091, 0.2761, 0.1992, -0.4888, 0.0969, -0.2405, 0.4234, 0.1223, 0.402, 0.3139, -0.0856], [0.3951, 0.4833, -0.27, -0.071, -0.4174, -0.0009, -0.0477, -0.0156, -0.3644, 0.0105, -0.1247, -0.073, 0.267, 0.0035, -0.4782, -0.098], [0.3939, -0.2044, -0.3449, -0.4912, 0.0694, -0.2836, -0.1696, 0.2804, 0.3893, -0.2662, -0.3079, -0.2106, 0.4578, -0.4896, 0.2409, 0.4453]]> : tensor<16x16xf32>
  %wk = arith.constant dense<[[-0.1538, -0.3164, 0.3492, -0.3422, 0.2246, 0.4634, -0.1366, -0.4084], [0.0224, 0.2404, -0.0068, -0.1355, -0.0768, 0.2057, -0.2563, 0.0154], [-0.3721, 0.2339, 0.1927, -0.3275, -0.2629, -0.1898, -0.1778, -0.1882], [0.2759, -0.4655, -0.301, 0.1548, -0.3267, 0.352, 0.2913, 0.2999], [0.137, -0.456, 0.4633, -0.3729, -0.4655, 0.0184, 0.4165, -0.1648], [0.2775, -0.0226, -0.4143, 0.139, 0.4649, 0.192, 0.1687, 0.0935], [-0.4006, -0.0903, -0.2884, 0.0848, 0.0187, -0.449, -0.0474, 0.2448], [-0.151, 0.1278, -0.1541, -0.4269, -0.3771, -0.4823, -0.4614, 0.1892], [-0.3016, 0.3638, 0.2687, 0.2359, 0.1681, 0.4273, 0.0457, -0.2269], [0.2028, -0.3682, -0.2002, -0.4844, 0.4606, -0.2067, 0.3571, 0.3948], [0.0043, 0.2496, -0.1887, -0.0911, 0.406, 0.4592, -0.413, 0.3137], [0.2964, -0.074, -0.4744, -0.0418, 0.1519, -0.3544, 0.0657, 0.4073], [-0.354, 0.1834, -0.1095, 0.2692, 0.1126, -0.0916, -0.0049, -0.4328], [0.2493, -0.1736, 0.4667, 0.38, -0.3732, 0.4693, -0.1328, 0.208], [0.4177, -0.2903, -0.235, 0.3995, 0.0656, -0.108, 0.0034, 0.1797], [-0.2199, -0.496, -0.2308, 0.3907, -0.1442, -0.2558, -0.126, 0.0301]]> : tensor<16x8xf32>
  %wv = arith.constant dense<[[0.4748, 0.1364, -0.4151, 0.372, 0.1435, 0.0163, -0.4363, -0.283], [0.1464, -0.2539, 0.3142, -0.296, 0.2449, 0.2152, -0.1897, 0.0421], [0.4268, -0.2483, 0.303, 0.0895, -0.2755, -0.0129, -0.3115, 0.0375], [0.0907, 0.3079, 0.2007, -0.4135, 0.2355, -0.2057, -0.2508, 0.4019], [0.4273, -0.1935, -0.3063, -0.0149, -0.1391, 0.4734, -0.2455, 0.3687], [-0.0303, 0.1222, 0.4446, 0.0027, 0.2384, 0.3183, 0.3376, -0.0236], [0.2357, -0.3483, -0.4492, 0.3937, -0.4253, -0.4367, 0.284, -0.3354], [-0.427, -0.1788, 0.1733, -0.3778, 0.3632, 0.4724, 0.1477, 0.2281], [-0.3262, 0.1358, 0.4742, 0.4265, -0.1569, 0.1957, -0.3326, 0.114], [0.1148, -0.2991, -0.1741, 0.3646, -0.2759, -0.2172, -0.0379, -0.3026], [-0.0167, -0.1486, -0.0694, 0.115, 0.3628, -0.1427, 0.0126, -0.3979], [0.3164, -0.1278, 0.4771, 0.2458, 0.2579, 0.1735, -0.3874, 0.3332], [-0.0287, 0.1875, 0.2542, -0.4637, 0.421, -0.498, 0.3276, 0.0263], [-0.1258, 0.293, 0.1454, 0.3155, 0.1514, 0.145, -0.014, 0.1849], [0.1314, -0.1044, 0.2647, -0.0226, 0.3311, 0.1732, 0.424, 0.3916], [0.4576, -0.1369, 0.2501, 0.4727, 0.3424, -0.2947, 0.0214, -0.245]]> : tensor<16x8xf32>
  %wo = arith.constant dense<[[0.0558, 0.3448, 0.3487, -0.3385, 0.1422, -0.0042, -0.1721, 0.1404, 0.2039, -0.3404, 0.3232, -0.0775, 0.2139, -0.2055, 0.203, -0.4353], [0.4028, 0.071, 0.3726, -0.3383, -0.1897, 0.2399, -0.3925, 0.3134, -0.1023, -0.1865, -0.2975, -0.4732, 0.3061, 0.4114, 0.0335, 0.2103], [0.3145, -0.3029, 0.0002, -0.0655, -0.2652, -0.3008, 0.1922, 0.1244, 0.3117, 0.3868, -0.3913, 0.4802, 0.33, 0.1107, -0.4648, 0.2883], [-0.246, 0.3798, 0.1894, -0.0759, -0.4783, 0.0995, 0.2205, 0.399, -0.4393, 0.1252, -0.3788, 0.3565, -0.3309, 0.021, 0.1937, -0.3465], [0.3233, -0.3088, -0.1011, -0.4832, -0.2262, 0.1591, 0.2717, 0.1908, 0.0015, 0.0208, -0.3535, 0.2494, -0.2434, 0.0361, -0.2013, 0.1947], [-0.4004, -0.1193, -0.4384, -0.2837, -0.2028, 0.1354, -0.3787, 0.4086, -0.0285, 0.3412, 0.3897, -0.1346, -0.4201, -0.1945, -0.4122, 0.4347], [0.2405, 0.2766, 0.2522, -0.2904, 0.3542, 0.2075, 0.0507, 0.4784, 0.3945, 0.165, 0.4426, -0.1601, -0.3462, -0.0089, -0.1619, -0.2199], [0.0089, -0.1408, -0.2392, 0.4579, -0.2936, 0.4156, -0.2574, 0.0459, 0.0399, 0.4249, 0.262, 0.4898, -0.327, -0.2745, 0.4241, 0.4197], [-0.3474, -0.2459, -0.2632, 0.103, -0.1308, -0.1273, 0.4028, -0.4744, 0.4987, -0.0209, -0.0373, 0.3342, 0.1144, 0.1202, 0.4076, 0.1191], [-0.3719, -0.2499, 0.0581, 0.0507, 0.0093, -0.4442, -0.4455, -0.1171, 0.35, -0.2401, -0.2834, 0.0149, 0.2658, -0.1918, 0.3174, -0.3968], [-0.2752, 0.3628, 0.2078, -0.2366, 0.0925, -0.199, 0.3755, -0.4671, -0.0974, 0.4278, -0.3612, 0.35, 0.492, -0.0904, 0.2022, -0.3936], [-0.4246, -0.0196, 0.4421, -0.3047, -0.3641, -0.4494, 0.3603, 0.4391, 0.4306, -0.3159, -0.1507, 0.1787, 0.3397, 0.44, 0.2802, 0.3105], [-0.0421, 0.169, 0.0276, 0.1188, 0.1765, -0.4514, -0.0578, -0.2682, -0.2124, -0.1246, 0.0285, 0.3565, 0.403, -0.347, 0.2208, 0.4839], [0.3427, -0.1902, -0.2677, 0.2586, -0.338, 0.2051, 0.2752, 0.0275, -0.4158, 0.4835, 0.2543, -0.1861, -0.2733, -0.3847, -0.3791, 0.3708], [0.4307, -0.2832, -0.4204, 0.0148, 0.4448, -0.4376, -0.0464, -0.361, 0.2293, -0.1965, -0.2856, -0.2431, 0.3413, -0.0737, 0.2649, -0.1334], [-0.1179, 0.4113, 0.0633, -0.4927, -0.1742, -0.3152, 0.4074, -0.387, -0.4531, 0.137, 0.0786, -0.3255, 0.4596, 0.4216, -0.0116, -0.1286]]> : tensor<16x16xf32>
  %position_ids = arith.constant dense<[0, 1, 2, 3, 4]> : tensor<5xi64>
  %q, %out = call @llama_attention(%x, %position_ids, %wq, %wk, %wv, %wo)
      : (tensor<5x16xf32>, tensor<5xi64>, tensor<16x16xf32>, tensor<16x8xf32>, tensor<16x8xf32>, tensor<16x16xf32>)
      -> (tensor<2x5x8xf32>, tensor<5x16xf32>)
  %qb = bufferization.to_buffer %q : tensor<2x5x8xf32> to memref<2x5x8xf32>
  %qu = memref.cast %qb : memref<2x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%qu) : (memref<*xf32>) -> ()
  %ob = bufferization.to_buffer %out : tensor<5x16xf32> to memref<5x16xf32>
  %ou = memref.cast %ob : memref<5x16xf32> to memref<*xf32>
  call @printMemrefF32(%ou) : (memref<*xf32>) -> ()
  return
}
