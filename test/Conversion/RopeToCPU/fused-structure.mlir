// RUN: rope-opt %s --split-input-file --convert-rope-to-cpu="vector-bits=512 min-parallel-bytes=0" --cse | FileCheck %s

// LLaMA as HF lays it out (q [B, H, S, D], GQA k): one scf.forall over
// tiles of tokens (tile-bytes 8 KiB of 256-byte rows, capped at the 8
// tokens there are). The angles are computed from the positions: no rope
// op is left and no angle or cos/sin table is materialized, only the
// per-tile scratch [tokens, vectors, lanes]. sin/cos (FMA polynomials, no
// math.sin/cos) fill it before the head loops; then per input a head loop
// around the tile's token loop reads the scratch and streams 16-lane
// vectors (512 bits); one parallel insertion per input.

// CHECK-LABEL: func.func @llama_bhsd
//  CHECK-SAME:   %[[Q:[^:]+]]: tensor<1x4x8x64xf32>, %[[K:[^:]+]]: tensor<1x2x8x64xf32>, %[[POS:[^:]+]]: tensor<1x8xi64>
//   CHECK-NOT:   rope.
//   CHECK-NOT:   linalg.
//       CHECK:   %[[QE:.+]] = tensor.empty() : tensor<1x4x8x64xf32>
//       CHECK:   %[[KE:.+]] = tensor.empty() : tensor<1x2x8x64xf32>
//       CHECK:   %[[R:.+]]:2 = scf.forall (%[[B:.+]], %[[T0:.+]]) = (0, 0) to (1, 8) step (1, 8) shared_outs(%[[QO:.+]] = %[[QE]], %[[KO:.+]] = %[[KE]])
//       CHECK:     %[[LEN:.+]] = arith.minsi
//       CHECK:     %[[SCRATCH0:.+]] = tensor.empty() : tensor<8x4x16xf32>
//       CHECK:     %[[SCRATCH:.+]] = scf.for %[[I:[^ ]+]] = %{{.+}} to %[[LEN]] step %{{.+}} iter_args(%{{.+}} = %[[SCRATCH0]])
//       CHECK:       %[[TOK:.+]] = arith.addi %[[T0]], %[[I]]
//       CHECK:       %[[P:.+]] = tensor.extract %[[POS]][%[[B]], %[[TOK]]]
//       CHECK:       arith.sitofp %[[P]] : i64 to f32
//       CHECK:       math.fma {{.*}} : vector<16xf32>
//   CHECK-NOT:       math.sin
//   CHECK-NOT:       math.cos
//       CHECK:       vector.transfer_write {{.*}} : vector<16xf32>, tensor<8x4x16xf32>
//       CHECK:     %[[QX:.+]] = tensor.extract_slice %[[Q]][%[[B]], 0, %[[T0]], 0] [1, 4, %[[LEN]], 64]
//       CHECK:     %[[QS:.+]] = tensor.extract_slice %[[QO]][%[[B]], 0, %[[T0]], 0] [1, 4, %[[LEN]], 64]
//       CHECK:     %[[QR:.+]] = scf.for %[[H:[^ ]+]] = %{{.+}} to %{{.+}} step %{{.+}} iter_args(%{{.+}} = %[[QS]])
//       CHECK:       scf.for %[[J:[^ ]+]] = %{{.+}} to %[[LEN]]
//       CHECK:         vector.transfer_read %[[SCRATCH]][%[[J]], %{{.+}}, %{{.+}}]{{.*}} vector<16xf32>
//   CHECK-NOT:         math.fma
//       CHECK:         vector.transfer_read %[[QX]][%[[H]], %[[J]], %{{.+}}]{{.*}} : tensor<4x?x64xf32>, vector<16xf32>
//       CHECK:         arith.subf {{.*}} fastmath<contract> : vector<16xf32>
//       CHECK:         arith.addf {{.*}} fastmath<contract> : vector<16xf32>
//       CHECK:         vector.transfer_write {{.*}} : vector<16xf32>, tensor<4x?x64xf32>
//       CHECK:     %[[KX:.+]] = tensor.extract_slice %[[K]][%[[B]], 0, %[[T0]], 0] [1, 2, %[[LEN]], 64]
//       CHECK:     scf.forall.in_parallel
//  CHECK-NEXT:       tensor.parallel_insert_slice %[[QR]] into %[[QO]][%[[B]], 0, %[[T0]], 0] [1, 4, %[[LEN]], 64]
//  CHECK-NEXT:       tensor.parallel_insert_slice %{{.+}} into %[[KO]][%[[B]], 0, %[[T0]], 0] [1, 2, %[[LEN]], 64]
//       CHECK:   return %[[R]]#0, %[[R]]#1
func.func @llama_bhsd(%q: tensor<1x4x8x64xf32>, %k: tensor<1x2x8x64xf32>, %pos: tensor<1x8xi64>)
    -> (tensor<1x4x8x64xf32>, tensor<1x2x8x64xf32>) {
  %t = rope.freqs %pos {dim = 64 : i64} : tensor<1x8xi64>
  %q2, %k2 = rope.rotate half %q, %k : tensor<1x4x8x64xf32>, tensor<1x2x8x64xf32>
      angles(%t : tensor<1x8x32xf32>)
      {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                                            affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %q2, %k2 : tensor<1x4x8x64xf32>, tensor<1x2x8x64xf32>
}

// -----

// Heads innermost ([B, S, H, D], vLLM/Meta): a token's rows are contiguous,
// so there is no tile and no scratch: one token per iteration, its sin/cos
// computed before the head loop and kept in registers.

// CHECK-LABEL: func.func @bshd_in_registers
//   CHECK-NOT:   tensor.empty() : tensor<{{.*}}x{{.*}}x16xf32>
//       CHECK:   scf.forall (%[[S:.+]]) in (8)
//   CHECK-NOT:     tensor.empty
//       CHECK:     math.fma {{.*}} : vector<16xf32>
//       CHECK:     %[[X:.+]] = tensor.extract_slice %{{.+}}[0, %[[S]], 0, 0] [2, 1, 4, 64]
//  CHECK-SAME:       to tensor<2x4x64xf32>
//       CHECK:     scf.for %[[B:[^ ]+]] =
//       CHECK:       scf.for %[[H:[^ ]+]] =
//   CHECK-NOT:         math.fma
//       CHECK:         vector.transfer_read %[[X]][%[[B]], %[[H]], %{{.+}}]{{.*}} vector<16xf32>
//       CHECK:     scf.forall.in_parallel
func.func @bshd_in_registers(%q: tensor<2x8x4x64xf32>) -> tensor<2x8x4x64xf32> {
  %t = rope.freqs length 8 {dim = 64 : i64}
  %q2 = rope.rotate half %q : tensor<2x8x4x64xf32> angles(%t : tensor<8x32xf32>)
      {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d1)>]}
  return %q2 : tensor<2x8x4x64xf32>
}

// -----

// CogVideoX: a 3D broadcat of three freqs tables, collapsed to tokens, and
// the interleaved layout in bf16. The token index is delinearized into
// (t, h, w) and each axis' block of lanes gets its own position (no
// broadcat or collapse left). No 16-bit float is shuffled (LLVM scalarizes
// such shuffles on x86) and there is no gather: a bf16 pair is a 32-bit
// lane whose low and high halves become f32 by a shift and a mask; the
// results are rounded to bf16 in integer ops (ties to even: + 0x7fff + the
// kept half's low bit) and joined the same way, y's high half or'ed with
// x's shifted down, so no interleave and no bf16 truncation either.

// CHECK-LABEL: func.func @cogvideox_interleaved_bf16
//   CHECK-NOT:   rope.
//   CHECK-NOT:   tensor.collapse_shape
//       CHECK:   scf.forall
//       CHECK:     affine.delinearize_index %{{.+}} into (3, 4) : index, index, index
//       CHECK:     math.fma
//       CHECK:     %[[V:.+]] = vector.transfer_read {{.*}} : tensor<1x2x?x32xbf16>, vector<32xbf16>
//       CHECK:     %[[L:.+]] = vector.bitcast %[[V]] : vector<32xbf16> to vector<16xi32>
//       CHECK:     %[[XI:.+]] = arith.shli %[[L]], %{{.+}} : vector<16xi32>
//       CHECK:     %[[YI:.+]] = arith.andi %[[L]], %{{.+}} : vector<16xi32>
//       CHECK:     vector.bitcast %[[XI]] : vector<16xi32> to vector<16xf32>
//       CHECK:     vector.bitcast %[[YI]] : vector<16xi32> to vector<16xf32>
//   CHECK-NOT:     arith.truncf
//       CHECK:     %[[XB:.+]] = vector.bitcast %{{.+}} : vector<16xf32> to vector<16xi32>
//       CHECK:     %[[XR:.+]] = arith.addi %[[XB]], %{{.+}} : vector<16xi32>
//       CHECK:     %[[XS:.+]] = arith.select %{{.+}}, %{{.+}}, %[[XR]] : vector<16xi1>, vector<16xi32>
//       CHECK:     %[[LO:.+]] = arith.shrui %[[XS]], %{{.+}} : vector<16xi32>
//       CHECK:     %[[YB:.+]] = vector.bitcast %{{.+}} : vector<16xf32> to vector<16xi32>
//       CHECK:     %[[YR:.+]] = arith.addi %[[YB]], %{{.+}} : vector<16xi32>
//       CHECK:     %[[YS:.+]] = arith.select %{{.+}}, %{{.+}}, %[[YR]] : vector<16xi1>, vector<16xi32>
//       CHECK:     %[[HI:.+]] = arith.andi %[[YS]], %{{.+}} : vector<16xi32>
//       CHECK:     %[[J:.+]] = arith.ori %[[HI]], %[[LO]] : vector<16xi32>
//       CHECK:     %[[JB:.+]] = vector.bitcast %[[J]] : vector<16xi32> to vector<32xbf16>
//       CHECK:     vector.transfer_write %[[JB]]
//   CHECK-NOT:   arith.truncf {{.*}}bf16
//   CHECK-NOT:   vector.interleave
//   CHECK-NOT:   vector.deinterleave {{.*}}bf16
//   CHECK-NOT:   vector.gather
//   CHECK-NOT:   vector.scatter
func.func @cogvideox_interleaved_bf16(%q: tensor<1x2x24x32xbf16>) -> tensor<1x2x24x32xbf16> {
  %ft = rope.freqs length 2 {dim = 8 : i64}
  %fh = rope.freqs length 3 {dim = 12 : i64}
  %fw = rope.freqs length 4 {dim = 12 : i64}
  %b = rope.broadcat %ft, %fh, %fw : tensor<2x4xf32>, tensor<3x6xf32>, tensor<4x6xf32>
  %flat = tensor.collapse_shape %b [[0, 1, 2], [3]] : tensor<2x3x4x16xf32> into tensor<24x16xf32>
  %q2 = rope.rotate interleaved %q : tensor<1x2x24x32xbf16> angles(%flat : tensor<24x16xf32>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d2)>]}
  return %q2 : tensor<1x2x24x32xbf16>
}

// -----

// f16 interleaved pairs: split as i16, then converted; joined as i16 after
// rounding. The f32 layout (near miss) deinterleaves f32 directly.

// CHECK-LABEL: func.func @interleaved_f16
//       CHECK:   %[[V:.+]] = vector.transfer_read {{.*}} vector<32xf16>
//       CHECK:   %[[I:.+]] = vector.bitcast %[[V]] : vector<32xf16> to vector<32xi16>
//       CHECK:   %[[X:.+]], %[[Y:.+]] = vector.deinterleave %[[I]] : vector<32xi16> -> vector<16xi16>
//       CHECK:   %[[XH:.+]] = vector.bitcast %[[X]] : vector<16xi16> to vector<16xf16>
//       CHECK:   arith.extf %[[XH]] : vector<16xf16> to vector<16xf32>
//       CHECK:   vector.interleave {{.*}} : vector<16xi16> -> vector<32xi16>
// CHECK-LABEL: func.func @interleaved_f32
//       CHECK:   %[[V:.+]] = vector.transfer_read {{.*}} vector<32xf32>
//       CHECK:   vector.deinterleave %[[V]] : vector<32xf32> -> vector<16xf32>
//       CHECK:   vector.interleave {{.*}} : vector<16xf32> -> vector<32xf32>
func.func @interleaved_f16(%x: tensor<4x2x32xf16>) -> tensor<4x2x32xf16> {
  %t = rope.freqs length 4 {dim = 32 : i64}
  %y = rope.rotate interleaved %x : tensor<4x2x32xf16> angles(%t : tensor<4x16xf32>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<4x2x32xf16>
}
func.func @interleaved_f32(%x: tensor<4x2x32xf32>) -> tensor<4x2x32xf32> {
  %t = rope.freqs length 4 {dim = 32 : i64}
  %y = rope.rotate interleaved %x : tensor<4x2x32xf32> angles(%t : tensor<4x16xf32>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<4x2x32xf32>
}

// -----

// Partial rotary (GPT-NeoX): channels [32, 80) are copied in the same sweep
// as the rotation, 16 lanes at a time, the last 16 at 64.

// CHECK-LABEL: func.func @partial_rotary
//       CHECK:   scf.forall
//       CHECK:     vector.transfer_write %{{.+}}, %{{.+}}[%{{.+}}, %c16{{.*}}]
//       CHECK:     %[[P32:.+]] = vector.transfer_read %[[X:.+]][%{{.+}}, %c32{{.*}}]{{.*}} vector<16xf32>
//       CHECK:     vector.transfer_write %[[P32]], %{{.+}}[%{{.+}}, %c32{{.*}}]
//       CHECK:     %[[P48:.+]] = vector.transfer_read %[[X]][%{{.+}}, %c48{{.*}}]{{.*}} vector<16xf32>
//       CHECK:     vector.transfer_write %[[P48]], %{{.+}}[%{{.+}}, %c48{{.*}}]
//       CHECK:     %[[P64:.+]] = vector.transfer_read %[[X]][%{{.+}}, %c64{{.*}}]{{.*}} vector<16xf32>
//       CHECK:     vector.transfer_write %[[P64]], %{{.+}}[%{{.+}}, %c64{{.*}}]
func.func @partial_rotary(%x: tensor<4x8x80xf32>) -> tensor<4x8x80xf32> {
  %t = rope.freqs length 4 {dim = 32 : i64}
  %y = rope.rotate half %x : tensor<4x8x80xf32> angles(%t : tensor<4x16xf32>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<4x8x80xf32>
}

// -----

// A freqs table that is also returned: the rotate still computes its angles
// in the kernel (the loop never reads the table), and rope.freqs stays for
// its other user (the reference lowering takes it).

// CHECK-LABEL: func.func @freqs_with_other_user
//       CHECK:   %[[T:.+]] = rope.freqs
//       CHECK:   scf.forall
//   CHECK-NOT:     %[[T]]
//       CHECK:     math.fma
//       CHECK:   scf.forall.in_parallel
//       CHECK:   return %[[T]], %{{.+}}
func.func @freqs_with_other_user(%x: tensor<4x2x32xf32>, %pos: tensor<4xi32>)
    -> (tensor<4x16xf32>, tensor<4x2x32xf32>) {
  %t = rope.freqs %pos {dim = 32 : i64} : tensor<4xi32>
  %y = rope.rotate half %x : tensor<4x2x32xf32> angles(%t : tensor<4x16xf32>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %t, %y : tensor<4x16xf32>, tensor<4x2x32xf32>
}

// -----

// Near miss: an angle table that no rope op produced (an argument) is read
// as given, one row per token; sin/cos are still computed in the kernel.

// CHECK-LABEL: func.func @given_angles
//  CHECK-SAME:   %{{[^:]+}}: tensor<4x2x32xf32>, %[[T:[^:]+]]: tensor<4x16xf32>
//       CHECK:   scf.forall (%[[S:.+]]) in (4)
//       CHECK:     vector.transfer_read %[[T]][%[[S]], %{{.+}}]{{.*}} : tensor<4x16xf32>, vector<16xf32>
//       CHECK:     math.fma
func.func @given_angles(%x: tensor<4x2x32xf32>, %t: tensor<4x16xf32>) -> tensor<4x2x32xf32> {
  %y = rope.rotate half %x : tensor<4x2x32xf32> angles(%t : tensor<4x16xf32>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<4x2x32xf32>
}

// -----

// vLLM's cos_sin_cache[positions]: a per-element cos/sin table gathered by
// positions. The row index is loaded once per token, cos/sin of both halves
// are read from that row (no sin/cos evaluated), then used for every head.

// CHECK-LABEL: func.func @gathered_cos_sin
//  CHECK-SAME:   %{{[^:]+}}: tensor<5x2x32xf16>, %[[C:[^:]+]]: tensor<64x32xf16>, %[[SN:[^:]+]]: tensor<64x32xf16>, %[[P:[^:]+]]: tensor<5xi64>
//       CHECK:   scf.forall (%[[T:.+]]) in (5)
//       CHECK:     %[[ROW:.+]] = tensor.extract %[[P]][%[[T]]]
//       CHECK:     %[[R:.+]] = arith.index_cast %[[ROW]] : i64 to index
//       CHECK:     %[[C0:.+]] = vector.transfer_read %[[C]][%[[R]], %c0{{.*}}]{{.*}} : tensor<64x32xf16>, vector<16xf16>
//       CHECK:     arith.extf %[[C0]] : vector<16xf16> to vector<16xf32>
//       CHECK:     vector.transfer_read %[[C]][%[[R]], %c16{{.*}}]
//   CHECK-NOT:     math.fma
//       CHECK:     scf.for
func.func @gathered_cos_sin(%x: tensor<5x2x32xf16>, %cos: tensor<64x32xf16>, %sin: tensor<64x32xf16>,
                            %pos: tensor<5xi64>) -> tensor<5x2x32xf16> {
  %y = rope.rotate half %x : tensor<5x2x32xf16> cos_sin(%cos, %sin : tensor<64x32xf16>, tensor<64x32xf16>)
      gather(%pos : tensor<5xi64>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<5x2x32xf16>
}

// -----

// mRoPE (Qwen2-VL) sections: each lane takes its position from its section's
// axis, picked per lane with constant masks (no gather).

// CHECK-LABEL: func.func @mrope_sections
//       CHECK:   scf.forall
//   CHECK-DAG:     tensor.extract %{{.+}}[%{{.+}}, %c0{{.*}}] : tensor<3x3xi64>
//   CHECK-DAG:     tensor.extract %{{.+}}[%{{.+}}, %c1{{.*}}] : tensor<3x3xi64>
//   CHECK-DAG:     tensor.extract %{{.+}}[%{{.+}}, %c2{{.*}}] : tensor<3x3xi64>
//       CHECK:     arith.select %{{.+}}, %{{.+}}, %{{.+}} : vector<8xi1>, vector<8xf32>
//   CHECK-NOT:     vector.gather
func.func @mrope_sections(%x: tensor<3x2x16xf32>, %pos: tensor<3x3xi64>) -> tensor<3x2x16xf32> {
  %t = rope.freqs %pos {dim = 16 : i64, sections = array<i64: 2, 3, 3>} : tensor<3x3xi64>
  %y = rope.rotate half %x : tensor<3x2x16xf32> angles(%t : tensor<3x8xf32>)
      {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<3x2x16xf32>
}

// -----

// Coordinates gather (a token with a negative coordinate passes through):
// one validity flag per token selects between the rotated and the loaded
// values; one token per iteration (no tile).

// CHECK-LABEL: func.func @coords_pass_through
//       CHECK:   scf.forall (%{{.+}}) in (6)
//       CHECK:     %[[OK:.+]] = arith.andi %{{.+}}, %{{.+}} : i1
//   CHECK-NOT:     tensor.empty
//       CHECK:     arith.select %[[OK]], %{{.+}}, %{{.+}} : vector<8xf32>
func.func @coords_pass_through(%x: tensor<2x6x16xf32>, %pos: tensor<6x2xi32>) -> tensor<2x6x16xf32> {
  %ta = rope.freqs length 4 {dim = 8 : i64}
  %tb = rope.freqs length 5 {dim = 8 : i64}
  %b = rope.broadcat %ta, %tb : tensor<4x4xf32>, tensor<5x4xf32>
  %y = rope.rotate half %x : tensor<2x6x16xf32> angles(%b : tensor<4x5x8xf32>)
      gather(%pos : tensor<6x2xi32>)
      {coords, rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  return %y : tensor<2x6x16xf32>
}

// -----

// xPos: the per-input decay (sign +1 for q, -1 for k) folds into a copy of
// the token's cos/sin, once per token and input, before the head loop.

// CHECK-LABEL: func.func @xpos
//       CHECK:   scf.forall
//       CHECK:     math.powf {{.*}} : vector<8xf32>
//       CHECK:     scf.for
//       CHECK:     math.powf {{.*}} : vector<8xf32>
//       CHECK:     scf.for
func.func @xpos(%q: tensor<4x2x16xf32>, %k: tensor<4x2x16xf32>, %p: tensor<4xi64>)
    -> (tensor<4x2x16xf32>, tensor<4x2x16xf32>) {
  %t = rope.freqs %p {dim = 16 : i64} : tensor<4xi64>
  %q2, %k2 = rope.rotate half %q, %k : tensor<4x2x16xf32>, tensor<4x2x16xf32>
      angles(%t : tensor<4x8xf32>) xpos(%p : tensor<4xi64>)
      {rotary_dim = 16 : i64, xpos = #rope.xpos<scale_base = 512.0, signs = [1, -1]>,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<4x2x16xf32>, tensor<4x2x16xf32>
}

// -----

// Dynamic sequence length: the loop bound comes from the input (the
// table's producer is fused away) and the last tile clamps to what is left.

// CHECK-LABEL: func.func @dynamic_seq
//  CHECK-SAME:   %[[X:[^:]+]]: tensor<2x?x32xf32>
//       CHECK:   %[[S:.+]] = tensor.dim %[[X]], %c1
//       CHECK:   scf.forall (%[[T0:.+]]) = (0) to (%[[S]]) step (64)
//       CHECK:     %[[LEFT:.+]] = arith.subi %[[S]], %[[T0]]
//       CHECK:     arith.minsi %[[LEFT]], %c64
func.func @dynamic_seq(%x: tensor<2x?x32xf32>, %pos: tensor<?xi64>) -> tensor<2x?x32xf32> {
  %t = rope.freqs %pos {dim = 32 : i64} : tensor<?xi64>
  %y = rope.rotate half %x : tensor<2x?x32xf32> angles(%t : tensor<?x16xf32>)
      {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  return %y : tensor<2x?x32xf32>
}

// -----

// Dynamic head dim: the pass-through channels [16, D) are copied by a loop
// of masked (out-of-bounds) transfers; with the row size unknown there is
// no tile.

// CHECK-LABEL: func.func @dynamic_channels
//  CHECK-SAME:   %[[X:[^:]+]]: tensor<2x?x?xf32>
//       CHECK:   scf.forall (%{{.+}}) in (%{{.+}})
//       CHECK:     scf.for %[[C:[^ ]+]] = %c16{{.*}} to %{{.+}} step %c16
//       CHECK:       %[[V:.+]] = vector.transfer_read %{{.+}}[%{{.+}}, %[[C]]], %{{.+}} : tensor<2x?xf32>, vector<16xf32>
//       CHECK:       vector.transfer_write %[[V]], %{{.+}}[%{{.+}}, %[[C]]] : vector<16xf32>, tensor<2x?xf32>
func.func @dynamic_channels(%x: tensor<2x?x?xf32>, %pos: tensor<?xi64>) -> tensor<2x?x?xf32> {
  %t = rope.freqs %pos {dim = 16 : i64} : tensor<?xi64>
  %y = rope.rotate half %x : tensor<2x?x?xf32> angles(%t : tensor<?x8xf32>)
      {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  return %y : tensor<2x?x?xf32>
}

// -----
// A static table with a dynamic input: the verifier cannot compare the token
// counts, so the loop runs over the input's (tensor.dim), which is what the
// kernel writes, never over the table's 16 rows.
// CHECK-LABEL: func.func @static_table_dynamic_input
//  CHECK-SAME: (%[[X:[^:]+]]: tensor<?x2x8xf32>
//       CHECK:   %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x2x8xf32>
//       CHECK:   scf.forall (%{{.+}}) in (%[[N]])
//   CHECK-NOT:   in (16)
func.func @static_table_dynamic_input(%x: tensor<?x2x8xf32>, %t: tensor<16x4xf32>) -> tensor<?x2x8xf32> {
  %r = rope.rotate half %x : tensor<?x2x8xf32> angles(%t : tensor<16x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %r : tensor<?x2x8xf32>
}
