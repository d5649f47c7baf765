// Reference lowering of rope.rotate: per input, one linalg.generic over the
// output whose body computes each element from its pair partner (read with
// tensor.extract) and its table entry, in f32:
//   first of pair:  x * cos - partner * sin      second: x * cos + partner * sin
// and passes channels >= rotary_dim through.
// RUN: rope-opt %s --split-input-file --convert-rope-to-linalg | FileCheck %s

// half layout, partial rotary (4 of 8 channels), bf16 q and k with different
// head counts sharing one [B, S, R/2] table through (b, h, s) -> (b, s).
// CHECK-LABEL: func.func @half_partial_gqa_bf16
//  CHECK-SAME:   (%[[Q:.+]]: tensor<1x4x3x8xbf16>, %[[K:.+]]: tensor<1x2x3x8xbf16>, %[[T:.+]]: tensor<1x3x2xf32>)
//   CHECK-NOT:   rope.rotate
//       CHECK:   %[[QI:.+]] = tensor.empty() : tensor<1x4x3x8xbf16>
//       CHECK:   %[[QR:.+]] = linalg.generic {{.+}} ins(%[[Q]] : tensor<1x4x3x8xbf16>) outs(%[[QI]] : tensor<1x4x3x8xbf16>)
//       CHECK:   ^bb0(%[[X:.+]]: bf16, %{{.+}}: bf16):
//       CHECK:     %[[B:.+]] = linalg.index 0 : index
//       CHECK:     %[[H:.+]] = linalg.index 1 : index
//       CHECK:     %[[S:.+]] = linalg.index 2 : index
//       CHECK:     %[[CH:.+]] = linalg.index 3 : index
//       CHECK:     %[[C0:.+]] = arith.constant 0 : index
//       CHECK:     %[[R:.+]] = arith.constant 4 : index
//       CHECK:     %[[IN_ROT:.+]] = arith.cmpi ult, %[[CH]], %[[R]] : index
//       CHECK:     %[[HALF:.+]] = arith.constant 2 : index
//       CHECK:     %[[FIRST:.+]] = arith.cmpi ult, %[[CH]], %[[HALF]] : index
//       CHECK:     %[[UP:.+]] = arith.addi %[[CH]], %{{.+}} : index
//       CHECK:     %[[DOWN:.+]] = arith.subi %[[CH]], %{{.+}} : index
//       CHECK:     %[[PAIR:.+]] = arith.select %[[FIRST]], %[[CH]], %[[DOWN]] : index
//       CHECK:     %[[PARTNER:.+]] = arith.select %[[FIRST]], %[[UP]], %[[DOWN]] : index
//       CHECK:     %[[PARTNER_SAFE:.+]] = arith.select %[[IN_ROT]], %[[PARTNER]], %[[CH]] : index
//       CHECK:     %[[COL:.+]] = arith.select %[[IN_ROT]], %[[PAIR]], %[[C0]] : index
//       CHECK:     %[[XF:.+]] = arith.extf %[[X]] : bf16 to f32
//       CHECK:     %[[P:.+]] = tensor.extract %[[Q]][%[[B]], %[[H]], %[[S]], %[[PARTNER_SAFE]]] : tensor<1x4x3x8xbf16>
//       CHECK:     %[[PF:.+]] = arith.extf %[[P]] : bf16 to f32
//       CHECK:     %[[ANGLE:.+]] = tensor.extract %[[T]][%[[B]], %[[S]], %[[COL]]] : tensor<1x3x2xf32>
//       CHECK:     %[[COS:.+]] = math.cos %[[ANGLE]] : f32
//       CHECK:     %[[SIN:.+]] = math.sin %[[ANGLE]] : f32
//       CHECK:     %[[XC:.+]] = arith.mulf %[[XF]], %[[COS]] : f32
//       CHECK:     %[[PS:.+]] = arith.mulf %[[PF]], %[[SIN]] : f32
//       CHECK:     %[[A:.+]] = arith.subf %[[XC]], %[[PS]] : f32
//       CHECK:     %[[BB:.+]] = arith.addf %[[XC]], %[[PS]] : f32
//       CHECK:     %[[ROT:.+]] = arith.select %[[FIRST]], %[[A]], %[[BB]] : f32
//       CHECK:     %[[OUT:.+]] = arith.select %[[IN_ROT]], %[[ROT]], %[[XF]] : f32
//       CHECK:     %[[TR:.+]] = arith.truncf %[[OUT]] : f32 to bf16
//       CHECK:     linalg.yield %[[TR]] : bf16
//       CHECK:   %[[KI:.+]] = tensor.empty() : tensor<1x2x3x8xbf16>
//       CHECK:   %[[KR:.+]] = linalg.generic {{.+}} ins(%[[K]] : tensor<1x2x3x8xbf16>) outs(%[[KI]] : tensor<1x2x3x8xbf16>)
//       CHECK:     %[[KB:.+]] = linalg.index 0 : index
//       CHECK:     %[[KS:.+]] = linalg.index 2 : index
//       CHECK:     tensor.extract %[[T]][%[[KB]], %[[KS]], %{{.+}}] : tensor<1x3x2xf32>
//       CHECK:   return %[[QR]], %[[KR]]
#bsh = affine_map<(d0, d1, d2) -> (d0, d2)>
func.func @half_partial_gqa_bf16(%q: tensor<1x4x3x8xbf16>, %k: tensor<1x2x3x8xbf16>, %t: tensor<1x3x2xf32>) -> (tensor<1x4x3x8xbf16>, tensor<1x2x3x8xbf16>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<1x4x3x8xbf16>, tensor<1x2x3x8xbf16> angles(%t : tensor<1x3x2xf32>) {rotary_dim = 4 : i64, table_maps = [#bsh, #bsh]}
  return %q2, %k2 : tensor<1x4x3x8xbf16>, tensor<1x2x3x8xbf16>
}

// -----

// interleaved layout: pair = channel / 2, first when even, partner = ch +- 1;
// per-pair cos/sin tables in f16 are read at the pair and extended; the
// attention scale multiplies the rotated value.
// CHECK-LABEL: func.func @interleaved_cos_sin_per_pair_scale
//  CHECK-SAME:   (%[[X:.+]]: tensor<4x8xf16>, %[[C:.+]]: tensor<4x4xf16>, %[[S:.+]]: tensor<4x4xf16>)
//       CHECK:     %[[ROW:.+]] = linalg.index 0 : index
//       CHECK:     %[[CH:.+]] = linalg.index 1 : index
//       CHECK:     %[[IN_ROT:.+]] = arith.cmpi ult, %[[CH]], %{{.+}} : index
//       CHECK:     %[[PARITY:.+]] = arith.remui %[[CH]], %{{.+}} : index
//       CHECK:     %[[FIRST:.+]] = arith.cmpi eq, %[[PARITY]], %{{.+}} : index
//       CHECK:     %[[PAIR:.+]] = arith.divui %[[CH]], %{{.+}} : index
//       CHECK:     %[[COL:.+]] = arith.select %[[IN_ROT]], %[[PAIR]], %{{.+}} : index
//       CHECK:     %[[CV:.+]] = tensor.extract %[[C]][%[[ROW]], %[[COL]]] : tensor<4x4xf16>
//       CHECK:     %[[COS:.+]] = arith.extf %[[CV]] : f16 to f32
//       CHECK:     %[[SV:.+]] = tensor.extract %[[S]][%[[ROW]], %[[COL]]] : tensor<4x4xf16>
//       CHECK:     %[[SIN:.+]] = arith.extf %[[SV]] : f16 to f32
//   CHECK-NOT:     math.cos
//       CHECK:     %[[ROT:.+]] = arith.select %[[FIRST]], %{{.+}}, %{{.+}} : f32
//       CHECK:     %[[SCALE:.+]] = arith.constant 2.000000e+00 : f32
//       CHECK:     %[[SCALED:.+]] = arith.mulf %[[ROT]], %[[SCALE]] : f32
//       CHECK:     %[[OUT:.+]] = arith.select %[[IN_ROT]], %[[SCALED]], %{{.+}} : f32
//       CHECK:     arith.truncf %[[OUT]] : f32 to f16
func.func @interleaved_cos_sin_per_pair_scale(%x: tensor<4x8xf16>, %c: tensor<4x4xf16>, %s: tensor<4x4xf16>) -> tensor<4x8xf16> {
  %y = rope.rotate interleaved %x : tensor<4x8xf16> cos_sin(%c, %s : tensor<4x4xf16>, tensor<4x4xf16>) {rotary_dim = 8 : i64, scale = 2.0 : f32, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<4x8xf16>
}

// -----

// Per-element cos/sin ([.., R]) gathered by positions: the table row is
// positions[token], the column the channel itself (0 for pass-through).
// CHECK-LABEL: func.func @per_element_gather
//  CHECK-SAME:   (%[[X:.+]]: tensor<4x8xf32>, %[[C:.+]]: tensor<16x6xf32>, %[[S:.+]]: tensor<16x6xf32>, %[[POS:.+]]: tensor<4xi32>)
//       CHECK:     %[[TOK:.+]] = linalg.index 0 : index
//       CHECK:     %[[CH:.+]] = linalg.index 1 : index
//       CHECK:     %[[C0:.+]] = arith.constant 0 : index
//       CHECK:     %[[IN_ROT:.+]] = arith.cmpi ult, %[[CH]], %{{.+}} : index
//       CHECK:     %[[COL:.+]] = arith.select %[[IN_ROT]], %[[CH]], %[[C0]] : index
//       CHECK:     %[[P:.+]] = tensor.extract %[[POS]][%[[TOK]]] : tensor<4xi32>
//       CHECK:     %[[ROW:.+]] = arith.index_cast %[[P]] : i32 to index
//       CHECK:     tensor.extract %[[C]][%[[ROW]], %[[COL]]] : tensor<16x6xf32>
//       CHECK:     tensor.extract %[[S]][%[[ROW]], %[[COL]]] : tensor<16x6xf32>
func.func @per_element_gather(%x: tensor<4x8xf32>, %c: tensor<16x6xf32>, %s: tensor<16x6xf32>, %p: tensor<4xi32>) -> tensor<4x8xf32> {
  %y = rope.rotate half %x : tensor<4x8xf32> cos_sin(%c, %s : tensor<16x6xf32>, tensor<16x6xf32>) gather(%p : tensor<4xi32>) {rotary_dim = 6 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<4x8xf32>
}

// -----

// coords: each coordinate is checked for >= 0 and clamped to 0 for the (then
// unused) read; a token with a negative one passes through. xPos multiplies
// the rotated value by zeta^(sign * p / scale_base), zeta = (2i + 0.4R) /
// (1.4R): here 2i + 3.2 over 11.2, exponent p * (-1/512).
// CHECK-LABEL: func.func @coords_xpos
//  CHECK-SAME:   (%[[X:.+]]: tensor<4x8xf32>, %[[T:.+]]: tensor<2x3x4xf32>, %[[CO:.+]]: tensor<4x2xi64>, %[[XP:.+]]: tensor<4xi32>)
//       CHECK:     %[[TOK:.+]] = linalg.index 0 : index
//       CHECK:     %[[CH:.+]] = linalg.index 1 : index
//       CHECK:     %[[IN_ROT:.+]] = arith.cmpi ult, %[[CH]], %{{.+}} : index
//       CHECK:     arith.select %[[IN_ROT]], %{{.+}}, %[[CH]] : index
//       CHECK:     %[[PAIR:.+]] = arith.select %[[IN_ROT]], %{{.+}}, %{{.+}} : index
//       CHECK:     %[[CT:.+]] = tensor.extract %[[CO]][%[[TOK]], %{{.+}}] : tensor<4x2xi64>
//       CHECK:     %[[ZERO:.+]] = arith.constant 0 : i64
//       CHECK:     %[[VT:.+]] = arith.cmpi sge, %[[CT]], %[[ZERO]] : i64
//       CHECK:     %[[CTC:.+]] = arith.select %[[VT]], %[[CT]], %[[ZERO]] : i64
//       CHECK:     %[[IT:.+]] = arith.index_cast %[[CTC]] : i64 to index
//       CHECK:     %[[CH2:.+]] = tensor.extract %[[CO]][%[[TOK]], %{{.+}}] : tensor<4x2xi64>
//       CHECK:     %[[VH:.+]] = arith.cmpi sge, %[[CH2]], %{{.+}} : i64
//       CHECK:     %[[VALID:.+]] = arith.andi %[[VT]], %[[VH]] : i1
//       CHECK:     %[[CHC:.+]] = arith.select %[[VH]], %[[CH2]], %{{.+}} : i64
//       CHECK:     %[[IH:.+]] = arith.index_cast %[[CHC]] : i64 to index
//       CHECK:     %[[ANGLE:.+]] = tensor.extract %[[T]][%[[IT]], %[[IH]], %[[PAIR]]] : tensor<2x3x4xf32>
//       CHECK:     %[[ROT:.+]] = arith.select %{{.+}}, %{{.+}}, %{{.+}} : f32
//       CHECK:     %[[P:.+]] = tensor.extract %[[XP]][%[[TOK]]] : tensor<4xi32>
//       CHECK:     %[[PF:.+]] = arith.sitofp %[[P]] : i32 to f32
//       CHECK:     %[[NUM:.+]] = arith.addf %{{.+}}, %{{.+}} : f32
//       CHECK:     %[[DEN:.+]] = arith.constant 1.120000e+01 : f32
//       CHECK:     %[[ZETA:.+]] = arith.divf %[[NUM]], %[[DEN]] : f32
//       CHECK:     %[[EXPC:.+]] = arith.constant -0.001953125 : f32
//       CHECK:     %[[EXP:.+]] = arith.mulf %[[PF]], %[[EXPC]] : f32
//       CHECK:     %[[DECAY:.+]] = math.powf %[[ZETA]], %[[EXP]] : f32
//       CHECK:     %[[DECAYED:.+]] = arith.mulf %[[ROT]], %[[DECAY]] : f32
//       CHECK:     %[[ROTATES:.+]] = arith.andi %[[IN_ROT]], %[[VALID]] : i1
//       CHECK:     %[[OUT:.+]] = arith.select %[[ROTATES]], %[[DECAYED]], %{{.+}} : f32
//       CHECK:     linalg.yield %[[OUT]] : f32
func.func @coords_xpos(%x: tensor<4x8xf32>, %t: tensor<2x3x4xf32>, %p: tensor<4x2xi64>, %xp: tensor<4xi32>) -> tensor<4x8xf32> {
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<2x3x4xf32>) gather(%p : tensor<4x2xi64>) xpos(%xp : tensor<4xi32>) {coords, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [-1]>}
  return %y : tensor<4x8xf32>
}

// -----

// Dynamic shapes size the output from the input; a table dim mapped by the
// constant 0 is read at index 0.
// CHECK-LABEL: func.func @dynamic_broadcast_row
//  CHECK-SAME:   (%[[X:.+]]: tensor<?x?xf32>, %[[T:.+]]: tensor<1x4xf32>)
//   CHECK-DAG:   %[[D0:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x?xf32>
//   CHECK-DAG:   %[[D1:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x?xf32>
//       CHECK:   %[[INIT:.+]] = tensor.empty(%[[D0]], %[[D1]]) : tensor<?x?xf32>
//       CHECK:   linalg.generic {{.+}} ins(%[[X]] : tensor<?x?xf32>) outs(%[[INIT]] : tensor<?x?xf32>)
//       CHECK:     tensor.extract %[[X]]
//       CHECK:     %[[ZERO:.+]] = arith.constant 0 : index
//  CHECK-NEXT:     tensor.extract %[[T]][%[[ZERO]], %{{.+}}] : tensor<1x4xf32>
func.func @dynamic_broadcast_row(%x: tensor<?x?xf32>, %t: tensor<1x4xf32>) -> tensor<?x?xf32> {
  %y = rope.rotate half %x : tensor<?x?xf32> angles(%t : tensor<1x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (0)>]}
  return %y : tensor<?x?xf32>
}

// -----

// Every rope op of a function is lowered: freqs feeding rotate leaves no rope
// op behind.
// CHECK-LABEL: func.func @chain
//   CHECK-NOT:   rope.
//       CHECK:   return
func.func @chain(%x: tensor<3x8xf32>, %p: tensor<3xi64>) -> tensor<3x8xf32> {
  %t = rope.freqs %p {dim = 8 : i64} : tensor<3xi64>
  %y = rope.rotate half %x : tensor<3x8xf32> angles(%t : tensor<3x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<3x8xf32>
}
