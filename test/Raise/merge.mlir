// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// q and k with a dynamic token count, rotated by one cos/sin table: a
// cache cut to q's length (Meta's freqs_cis[:seqlen]). Both
// products read the same table value, so linalg's operand agreement makes
// q's and k's token counts equal: the tables are cut by one size (q's dim,
// the lowest argument the ops tie them to) and the sites share one
// rope.rotate.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
// CHECK-LABEL: func.func @one_table_dynamic
// CHECK-SAME: (%[[Q:[^:]+]]: tensor<?x2x8xf32>, %[[K:[^:]+]]: tensor<?x1x8xf32>, %[[CC:[^:]+]]: tensor<16x4xf32>, %[[SC:[^:]+]]: tensor<16x4xf32>)
// CHECK: %[[S1:.+]] = tensor.dim %[[Q]], %{{.+}} : tensor<?x2x8xf32>
// CHECK: %[[COS:.+]] = tensor.extract_slice %[[CC]][0, 0] [%[[S1]], 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
// CHECK: %[[S2:.+]] = tensor.dim %[[Q]], %{{.+}} : tensor<?x2x8xf32>
// CHECK: %[[SIN:.+]] = tensor.extract_slice %[[SC]][0, 0] [%[[S2]], 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
// CHECK: %[[R:.+]]:2 = rope.rotate half %[[Q]], %[[K]] : tensor<?x2x8xf32>, tensor<?x1x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<?x4xf32>, tensor<?x4xf32>)
// CHECK-NOT: rope.rotate
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @one_table_dynamic(%q: tensor<?x2x8xf32>, %k: tensor<?x1x8xf32>, %cosc: tensor<16x4xf32>, %sinc: tensor<16x4xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>) {
  %c0 = arith.constant 0 : index
  %sq = tensor.dim %q, %c0 : tensor<?x2x8xf32>
  %sk = tensor.dim %k, %c0 : tensor<?x1x8xf32>
  %coss = tensor.extract_slice %cosc[0, 0] [%sq, 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
  %cos = tensor.expand_shape %coss [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %sins = tensor.extract_slice %sinc[0, 0] [%sq, 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
  %sin = tensor.expand_shape %sins [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %x1q = tensor.extract_slice %q[0, 0, 0] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %x2q = tensor.extract_slice %q[0, 0, 4] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %eq = tensor.empty(%sq) : tensor<?x2x4xf32>
  %o1q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cos, %sin : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %o2q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cos, %sin : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %outq = tensor.concat dim(2) %o1q, %o2q : (tensor<?x2x4xf32>, tensor<?x2x4xf32>) -> tensor<?x2x8xf32>
  %x1k = tensor.extract_slice %k[0, 0, 0] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %x2k = tensor.extract_slice %k[0, 0, 4] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %ek = tensor.empty(%sk) : tensor<?x1x4xf32>
  %o1k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cos, %sin : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %o2k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cos, %sin : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %outk = tensor.concat dim(2) %o1k, %o2k : (tensor<?x1x4xf32>, tensor<?x1x4xf32>) -> tensor<?x1x8xf32>
  return %outq, %outk : tensor<?x2x8xf32>, tensor<?x1x8xf32>
}

// -----
// Near miss: the same cache cut separately to q's and to k's length. The
// contents agree row by row, but nothing ties the two token counts, so each
// table keeps its own extent and q and k stay two rope.rotate ops.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
// CHECK-LABEL: func.func @own_tables_dynamic
// CHECK-SAME: (%[[Q:[^:]+]]: tensor<?x2x8xf32>, %[[K:[^:]+]]: tensor<?x1x8xf32>, %[[CC:[^:]+]]: tensor<16x4xf32>, %[[SC:[^:]+]]: tensor<16x4xf32>)
// CHECK: rope.rotate half %[[Q]] : tensor<?x2x8xf32>
// CHECK: %[[SK:.+]] = tensor.dim %[[K]], %{{.+}} : tensor<?x1x8xf32>
// CHECK: tensor.extract_slice %{{.+}}[0, 0] [%[[SK]], 4] [1, 1]
// CHECK: rope.rotate half %[[K]] : tensor<?x1x8xf32>
func.func @own_tables_dynamic(%q: tensor<?x2x8xf32>, %k: tensor<?x1x8xf32>, %cosc: tensor<16x4xf32>, %sinc: tensor<16x4xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>) {
  %c0 = arith.constant 0 : index
  %sq = tensor.dim %q, %c0 : tensor<?x2x8xf32>
  %sk = tensor.dim %k, %c0 : tensor<?x1x8xf32>
  %cosqs = tensor.extract_slice %cosc[0, 0] [%sq, 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
  %cosq = tensor.expand_shape %cosqs [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %sinqs = tensor.extract_slice %sinc[0, 0] [%sq, 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
  %sinq = tensor.expand_shape %sinqs [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %cosks = tensor.extract_slice %cosc[0, 0] [%sk, 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
  %cosk = tensor.expand_shape %cosks [[0, 1], [2]] output_shape [%sk, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %sinks = tensor.extract_slice %sinc[0, 0] [%sk, 4] [1, 1] : tensor<16x4xf32> to tensor<?x4xf32>
  %sink = tensor.expand_shape %sinks [[0, 1], [2]] output_shape [%sk, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %x1q = tensor.extract_slice %q[0, 0, 0] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %x2q = tensor.extract_slice %q[0, 0, 4] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %eq = tensor.empty(%sq) : tensor<?x2x4xf32>
  %o1q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cosq, %sinq : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %o2q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cosq, %sinq : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %outq = tensor.concat dim(2) %o1q, %o2q : (tensor<?x2x4xf32>, tensor<?x2x4xf32>) -> tensor<?x2x8xf32>
  %x1k = tensor.extract_slice %k[0, 0, 0] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %x2k = tensor.extract_slice %k[0, 0, 4] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %ek = tensor.empty(%sk) : tensor<?x1x4xf32>
  %o1k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cosk, %sink : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %o2k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cosk, %sink : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %outk = tensor.concat dim(2) %o1k, %o2k : (tensor<?x1x4xf32>, tensor<?x1x4xf32>) -> tensor<?x1x8xf32>
  return %outq, %outk : tensor<?x2x8xf32>, tensor<?x1x8xf32>
}

// -----
// vLLM native form with a dynamic token count: q and k each gather their
// cos/sin from the cache by the same positions (their own gather generics,
// computed alike). The tables are one computation: one rope.rotate.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#p2 = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @same_gather_dynamic
// CHECK-SAME: (%[[Q:[^:]+]]: tensor<?x2x8xf32>, %[[K:[^:]+]]: tensor<?x1x8xf32>, %[[POS:[^:]+]]: tensor<?xi64>
// CHECK: %[[R:.+]]:2 = rope.rotate half %[[Q]], %[[K]] : {{.+}} gather(%[[POS]] : tensor<?xi64>)
// CHECK-NOT: rope.rotate
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @same_gather_dynamic(%q: tensor<?x2x8xf32>, %k: tensor<?x1x8xf32>, %pos: tensor<?xi64>, %cache: tensor<16x8xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>) {
  %c0 = arith.constant 0 : index
  %sq = tensor.dim %q, %c0 : tensor<?x2x8xf32>
  %sk = tensor.dim %k, %c0 : tensor<?x1x8xf32>
  %geq = tensor.empty(%sq) : tensor<?x8xf32>
  %csq = linalg.generic {indexing_maps = [#p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos : tensor<?xi64>) outs(%geq : tensor<?x8xf32>) {
  ^bb0(%p: i64, %o: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 1 : index
    %v = tensor.extract %cache[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<?x8xf32>
  %cos2q = tensor.extract_slice %csq[0, 0] [%sq, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %sin2q = tensor.extract_slice %csq[0, 4] [%sq, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %cosq = tensor.expand_shape %cos2q [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %sinq = tensor.expand_shape %sin2q [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %gek = tensor.empty(%sk) : tensor<?x8xf32>
  %csk = linalg.generic {indexing_maps = [#p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos : tensor<?xi64>) outs(%gek : tensor<?x8xf32>) {
  ^bb0(%p: i64, %o: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 1 : index
    %v = tensor.extract %cache[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<?x8xf32>
  %cos2k = tensor.extract_slice %csk[0, 0] [%sk, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %sin2k = tensor.extract_slice %csk[0, 4] [%sk, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %cosk = tensor.expand_shape %cos2k [[0, 1], [2]] output_shape [%sk, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %sink = tensor.expand_shape %sin2k [[0, 1], [2]] output_shape [%sk, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %x1q = tensor.extract_slice %q[0, 0, 0] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %x2q = tensor.extract_slice %q[0, 0, 4] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %eq = tensor.empty(%sq) : tensor<?x2x4xf32>
  %o1q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cosq, %sinq : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %o2q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cosq, %sinq : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %outq = tensor.concat dim(2) %o1q, %o2q : (tensor<?x2x4xf32>, tensor<?x2x4xf32>) -> tensor<?x2x8xf32>
  %x1k = tensor.extract_slice %k[0, 0, 0] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %x2k = tensor.extract_slice %k[0, 0, 4] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %ek = tensor.empty(%sk) : tensor<?x1x4xf32>
  %o1k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cosk, %sink : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %o2k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cosk, %sink : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %outk = tensor.concat dim(2) %o1k, %o2k : (tensor<?x1x4xf32>, tensor<?x1x4xf32>) -> tensor<?x1x8xf32>
  return %outq, %outk : tensor<?x2x8xf32>, tensor<?x1x8xf32>
}

// -----
// Near miss: the same gathers, but k's by other positions: two tables, two
// rope.rotate ops.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#bc3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#p2 = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @other_positions_dynamic
// CHECK-SAME: (%[[Q:[^:]+]]: tensor<?x2x8xf32>, %[[K:[^:]+]]: tensor<?x1x8xf32>, %[[POS:[^:]+]]: tensor<?xi64>, %[[POSK:[^:]+]]: tensor<?xi64>
// CHECK: rope.rotate half %[[Q]] : {{.+}} gather(%[[POS]] : tensor<?xi64>)
// CHECK: rope.rotate half %[[K]] : {{.+}} gather(%[[POSK]] : tensor<?xi64>)
func.func @other_positions_dynamic(%q: tensor<?x2x8xf32>, %k: tensor<?x1x8xf32>, %pos: tensor<?xi64>, %posk: tensor<?xi64>, %cache: tensor<16x8xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>) {
  %c0 = arith.constant 0 : index
  %sq = tensor.dim %q, %c0 : tensor<?x2x8xf32>
  %sk = tensor.dim %k, %c0 : tensor<?x1x8xf32>
  %geq = tensor.empty(%sq) : tensor<?x8xf32>
  %csq = linalg.generic {indexing_maps = [#p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos : tensor<?xi64>) outs(%geq : tensor<?x8xf32>) {
  ^bb0(%p: i64, %o: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 1 : index
    %v = tensor.extract %cache[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<?x8xf32>
  %cos2q = tensor.extract_slice %csq[0, 0] [%sq, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %sin2q = tensor.extract_slice %csq[0, 4] [%sq, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %cosq = tensor.expand_shape %cos2q [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %sinq = tensor.expand_shape %sin2q [[0, 1], [2]] output_shape [%sq, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %gek = tensor.empty(%sk) : tensor<?x8xf32>
  %csk = linalg.generic {indexing_maps = [#p2, #id2], iterator_types = ["parallel", "parallel"]} ins(%posk : tensor<?xi64>) outs(%gek : tensor<?x8xf32>) {
  ^bb0(%p: i64, %o: f32):
    %i = arith.index_cast %p : i64 to index
    %j = linalg.index 1 : index
    %v = tensor.extract %cache[%i, %j] : tensor<16x8xf32>
    linalg.yield %v : f32
  } -> tensor<?x8xf32>
  %cos2k = tensor.extract_slice %csk[0, 0] [%sk, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %sin2k = tensor.extract_slice %csk[0, 4] [%sk, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
  %cosk = tensor.expand_shape %cos2k [[0, 1], [2]] output_shape [%sk, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %sink = tensor.expand_shape %sin2k [[0, 1], [2]] output_shape [%sk, 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
  %x1q = tensor.extract_slice %q[0, 0, 0] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %x2q = tensor.extract_slice %q[0, 0, 4] [%sq, 2, 4] [1, 1, 1] : tensor<?x2x8xf32> to tensor<?x2x4xf32>
  %eq = tensor.empty(%sq) : tensor<?x2x4xf32>
  %o1q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cosq, %sinq : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %o2q = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1q, %x2q, %cosq, %sinq : tensor<?x2x4xf32>, tensor<?x2x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%eq : tensor<?x2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x2x4xf32>
  %outq = tensor.concat dim(2) %o1q, %o2q : (tensor<?x2x4xf32>, tensor<?x2x4xf32>) -> tensor<?x2x8xf32>
  %x1k = tensor.extract_slice %k[0, 0, 0] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %x2k = tensor.extract_slice %k[0, 0, 4] [%sk, 1, 4] [1, 1, 1] : tensor<?x1x8xf32> to tensor<?x1x4xf32>
  %ek = tensor.empty(%sk) : tensor<?x1x4xf32>
  %o1k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cosk, %sink : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %ac = arith.mulf %a, %c : f32
    %bs = arith.mulf %b, %s : f32
    %r = arith.subf %ac, %bs : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %o2k = linalg.generic {indexing_maps = [#id3, #id3, #bc3, #bc3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x1k, %x2k, %cosk, %sink : tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>, tensor<?x1x4xf32>) outs(%ek : tensor<?x1x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %s: f32, %o: f32):
    %bc = arith.mulf %b, %c : f32
    %as = arith.mulf %a, %s : f32
    %r = arith.addf %bc, %as : f32
    linalg.yield %r : f32
  } -> tensor<?x1x4xf32>
  %outk = tensor.concat dim(2) %o1k, %o2k : (tensor<?x1x4xf32>, tensor<?x1x4xf32>) -> tensor<?x1x8xf32>
  return %outq, %outk : tensor<?x2x8xf32>, tensor<?x1x8xf32>
}
