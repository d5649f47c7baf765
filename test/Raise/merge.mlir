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
// INPUT: @one_table_dynamic %q shape=5x2x8
// INPUT: @one_table_dynamic %k shape=5x1x8
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

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %one_table_dynamic_in0 = arith.constant dense<[[[-0.5153, 0.4323, 0.5546, -0.3932, -0.4872, 0.3511, 0.2071, -0.4359], [0.191, -0.0614, -0.5776, 0.3782, 0.0718, 0.3356, 0.5814, -0.5496]], [[-0.3767, 0.4863, 0.357, -0.97, 0.4245, -0.3997, 0.8969, 0.9984], [0.8095, 0.6753, 0.0464, 0.6759, 0.6908, 0.4788, -0.0815, -0.1578]], [[-0.3823, 0.8329, 0.4511, -0.8517, -0.3437, 0.7219, 0.3342, -0.3908], [0.1995, -0.1721, -0.5321, 0.8526, -0.1066, -0.6215, 0.8387, -0.9958]], [[-0.2712, -0.8401, 0.1967, -0.1964, 0.1042, 0.7927, 0.7115, 0.2494], [-0.9718, 0.755, 0.8718, -0.1731, -0.0579, 0.0377, -0.524, -0.7941]], [[-0.844, 0.894, -0.7698, -0.2382, 0.4575, 0.7664, 0.1887, 0.8368], [0.2906, 0.7515, 0.2993, 0.9765, -0.6782, 0.0092, 0.632, -0.7673]]]> : tensor<5x2x8xf32>
  %one_table_dynamic_in0_c = tensor.cast %one_table_dynamic_in0 : tensor<5x2x8xf32> to tensor<?x2x8xf32>
  %one_table_dynamic_in1 = arith.constant dense<[[[-0.9167, -0.181, -0.0386, 0.8947, -0.4786, -0.5999, -0.4747, 0.0106]], [[-0.2106, 0.5966, 0.8873, 0.7318, 0.6982, 0.9743, 0.2719, 0.9593]], [[-0.6583, -0.4217, 0.2804, -0.9763, -0.5087, -0.3991, 0.2868, 0.2783]], [[-0.3813, -0.6902, -0.414, 0.6515, 0.8568, -0.7175, 0.3356, 0.1501]], [[-0.2683, -0.5013, -0.9746, -0.622, -0.9675, 0.6155, -0.6776, 0.7611]]]> : tensor<5x1x8xf32>
  %one_table_dynamic_in1_c = tensor.cast %one_table_dynamic_in1 : tensor<5x1x8xf32> to tensor<?x1x8xf32>
  %one_table_dynamic_in2 = arith.constant dense<[[-0.6962, -0.6978, 0.5101, 0.1107], [-0.8177, 0.7804, -0.5104, 0.8876], [-0.5799, -0.4272, -0.8982, 0.5475], [-0.0754, -0.5789, 0.5723, -0.3957], [0.2861, -0.2198, -0.0772, -0.2931], [0.4518, -0.4866, 0.8998, -0.1411], [-0.5795, -0.7714, -0.9605, 0.376], [0.1121, 0.8388, -0.8271, 0.2445], [-0.4385, 0.662, -0.3664, -0.2322], [-0.7247, 0.5005, -0.5881, -0.9571], [0.1416, 0.0916, -0.5097, 0.1684], [0.8925, 0.9193, -0.3784, -0.0066], [-0.5433, 0.3721, 0.4614, 0.6685], [-0.5174, 0.2664, -0.2625, -0.5743], [0.1435, -0.8681, -0.4108, 0.0502], [0.8765, -0.5077, 0.3189, -0.1005]]> : tensor<16x4xf32>
  %one_table_dynamic_in3 = arith.constant dense<[[-0.5895, 0.754, 0.8163, -0.9223], [-0.0144, 0.4951, 0.144, 0.9831], [0.5653, 0.4414, -0.043, 0.612], [-0.5304, -0.232, -0.2257, -0.4183], [-0.2815, -0.8698, -0.6986, 0.6378], [0.9727, 0.5211, 0.0899, 0.9093], [-0.4581, 0.0307, -0.4081, -0.8095], [-0.7707, 0.5878, 0.4719, 0.5848], [0.9224, -0.8605, 0.1149, 0.2419], [0.1788, 0.4753, 0.9823, -0.9466], [-0.4739, -0.2955, -0.5582, -0.912], [-0.093, 0.4484, -0.8355, -0.2066], [0.3955, -0.3511, 0.6709, -0.4046], [-0.5551, 0.8525, 0.6605, 0.7908], [0.6359, -0.9546, 0.5787, -0.1262], [-0.2717, 0.6055, 0.3145, 0.3471]]> : tensor<16x4xf32>
  %one_table_dynamic_out:2 = call @one_table_dynamic(%one_table_dynamic_in0_c, %one_table_dynamic_in1_c, %one_table_dynamic_in2, %one_table_dynamic_in3) : (tensor<?x2x8xf32>, tensor<?x1x8xf32>, tensor<16x4xf32>, tensor<16x4xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>)
  %one_table_dynamic_b0 = bufferization.to_buffer %one_table_dynamic_out#0 : tensor<?x2x8xf32> to memref<?x2x8xf32>
  %one_table_dynamic_u0 = memref.cast %one_table_dynamic_b0 : memref<?x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%one_table_dynamic_u0) : (memref<*xf32>) -> ()
  %one_table_dynamic_b1 = bufferization.to_buffer %one_table_dynamic_out#1 : tensor<?x1x8xf32> to memref<?x1x8xf32>
  %one_table_dynamic_u1 = memref.cast %one_table_dynamic_b1 : memref<?x1x8xf32> to memref<*xf32>
  call @printMemrefF32(%one_table_dynamic_u1) : (memref<*xf32>) -> ()
  return
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
// INPUT: @own_tables_dynamic %q shape=5x2x8
// INPUT: @own_tables_dynamic %k shape=5x1x8
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

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %own_tables_dynamic_in0 = arith.constant dense<[[[0.0335, -0.6973, 0.6971, -0.2477, -0.297, -0.1451, -0.5595, 0.6422], [0.0283, 0.2493, 0.9596, 0.8874, 0.0623, 0.3462, 0.4868, -0.9163]], [[-0.0641, -0.5763, 0.38, -0.1501, 0.2828, 0.9395, 0.2253, 0.1875], [0.8728, 0.7136, 0.6592, 0.04, -0.5435, 0.8709, -0.8753, -0.4003]], [[0.6506, 0.4826, -0.1009, -0.0152, 0.9841, -0.5953, -0.4776, -0.1669], [-0.3038, 0.5996, 0.1421, -0.4232, 0.0118, -0.9602, 0.9992, 0.1074]], [[-0.1734, -0.0053, 0.6986, -0.8439, -0.7191, 0.5846, 0.885, 0.1446], [-0.0093, -0.8295, -0.4235, 0.968, 0.5754, -0.1779, -0.804, 0.2244]], [[0.123, 0.841, -0.2335, 0.3444, -0.1572, -0.153, 0.9514, 0.3492], [-0.563, -0.0019, 0.8205, -0.4879, -0.3865, -0.0921, 0.7417, 0.0095]]]> : tensor<5x2x8xf32>
  %own_tables_dynamic_in0_c = tensor.cast %own_tables_dynamic_in0 : tensor<5x2x8xf32> to tensor<?x2x8xf32>
  %own_tables_dynamic_in1 = arith.constant dense<[[[-0.2112, -0.2241, -0.3418, 0.6243, -0.0448, -0.7958, 0.1864, 0.6004]], [[-0.05, 0.2591, -0.2501, -0.2627, -0.7244, -0.2277, 0.7674, -0.8478]], [[0.9831, -0.5454, 0.952, 0.1185, -0.5746, -0.6028, -0.9276, -0.2844]], [[-0.9644, -0.2662, -0.5584, -0.1674, 0.7302, 0.2057, 0.3708, 0.5998]], [[0.9921, 0.1908, 0.7905, -0.373, -0.6358, -0.2708, -0.4912, -0.1799]]]> : tensor<5x1x8xf32>
  %own_tables_dynamic_in1_c = tensor.cast %own_tables_dynamic_in1 : tensor<5x1x8xf32> to tensor<?x1x8xf32>
  %own_tables_dynamic_in2 = arith.constant dense<[[-0.5693, 0.5804, 0.8697, -0.2415], [0.1683, 0.8298, 0.4821, -0.6113], [-0.915, -0.6139, 0.5468, 0.4578], [-0.7331, 0.902, -0.3023, -0.544], [-0.5998, -0.2847, 0.6795, -0.7394], [0.4043, -0.0537, -0.1852, -0.3526], [0.9444, 0.4555, 0.2108, 0.0106], [0.3885, 0.7421, -0.4557, -0.947], [0.2679, -0.5459, -0.0899, 0.8564], [-0.1908, -0.1215, -0.0782, 0.9697], [-0.2618, -0.0229, -0.3592, -0.6442], [0.4669, -0.3306, -0.1293, 0.2833], [0.1889, 0.9901, -0.9847, 0.6535], [0.3288, -0.9275, 0.8741, 0.635], [-0.6046, 0.6428, 0.0142, -0.5201], [-0.4192, 0.4494, 0.2965, -0.6097]]> : tensor<16x4xf32>
  %own_tables_dynamic_in3 = arith.constant dense<[[0.7183, 0.9122, 0.7159, -0.2056], [-0.3773, -0.6012, -0.8088, -0.2084], [-0.1997, -0.8708, -0.682, -0.2305], [0.0125, -0.0351, 0.1719, 0.9444], [0.466, 0.1409, -0.4022, -0.8642], [-0.0293, 0.0862, 0.0458, 0.6529], [-0.7909, -0.5927, 0.5968, 0.9034], [0.9701, -0.9209, 0.8341, -0.0074], [0.3584, -0.5212, 0.0648, 0.9371], [0.7242, 0.6169, 0.8176, 0.6316], [0.0727, 0.9131, -0.0456, 0.844], [-0.4134, -0.9913, 0.7534, 0.1194], [0.0412, 0.2871, -0.5032, 0.6901], [-0.3971, 0.4073, -0.2484, 0.1622], [-0.5712, -0.2072, 0.2247, 0.8134], [-0.2252, 0.017, 0.6226, 0.2544]]> : tensor<16x4xf32>
  %own_tables_dynamic_out:2 = call @own_tables_dynamic(%own_tables_dynamic_in0_c, %own_tables_dynamic_in1_c, %own_tables_dynamic_in2, %own_tables_dynamic_in3) : (tensor<?x2x8xf32>, tensor<?x1x8xf32>, tensor<16x4xf32>, tensor<16x4xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>)
  %own_tables_dynamic_b0 = bufferization.to_buffer %own_tables_dynamic_out#0 : tensor<?x2x8xf32> to memref<?x2x8xf32>
  %own_tables_dynamic_u0 = memref.cast %own_tables_dynamic_b0 : memref<?x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%own_tables_dynamic_u0) : (memref<*xf32>) -> ()
  %own_tables_dynamic_b1 = bufferization.to_buffer %own_tables_dynamic_out#1 : tensor<?x1x8xf32> to memref<?x1x8xf32>
  %own_tables_dynamic_u1 = memref.cast %own_tables_dynamic_b1 : memref<?x1x8xf32> to memref<*xf32>
  call @printMemrefF32(%own_tables_dynamic_u1) : (memref<*xf32>) -> ()
  return
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
// INPUT: @same_gather_dynamic %q shape=5x2x8
// INPUT: @same_gather_dynamic %k shape=5x1x8
// INPUT: @same_gather_dynamic %pos shape=5
// INPUT: @same_gather_dynamic %pos range=0,16
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

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %same_gather_dynamic_in0 = arith.constant dense<[[[-0.848, 0.6999, -0.7275, 0.8896, 0.1053, -0.9116, 0.878, 0.8418], [0.4045, -0.2948, 0.8937, 0.4774, 0.377, -0.834, 0.227, -0.0031]], [[-0.017, 0.6952, 0.5432, -0.722, -0.9785, -0.6848, -0.2864, -0.5009], [0.5822, 0.3433, -0.2624, 0.8943, -0.5831, 0.78, -0.0962, 0.7688]], [[-0.3617, -0.2544, -0.2585, -0.006, 0.273, -0.5356, 0.3896, 0.6519], [-0.2427, -0.8755, 0.9748, -0.2877, 0.4548, -0.2076, 0.4511, 0.246]], [[0.6026, -0.7374, -0.5697, 0.9753, -0.7949, 0.8867, -0.1564, 0.6513], [0.6731, 0.8271, -0.0409, 0.1699, -0.7202, -0.6771, -0.1558, 0.5556]], [[0.2658, 0.6724, -0.9043, 0.6294, 0.7568, -0.8529, 0.6757, 0.3054], [-0.1955, 0.6672, 0.5638, -0.8596, -0.4382, 0.8942, -0.5952, -0.0531]]]> : tensor<5x2x8xf32>
  %same_gather_dynamic_in0_c = tensor.cast %same_gather_dynamic_in0 : tensor<5x2x8xf32> to tensor<?x2x8xf32>
  %same_gather_dynamic_in1 = arith.constant dense<[[[0.7439, -0.7164, 0.2304, -0.7695, 0.7096, -0.7207, 0.8774, -0.6003]], [[-0.6196, -0.5001, 0.7013, 0.2426, -0.5668, 0.5722, 0.1359, -0.0735]], [[0.3252, 0.4406, 0.1009, -0.2967, -0.5901, -0.0114, -0.7245, -0.5123]], [[-0.5012, -0.9206, 0.6582, 0.2813, 0.1551, -0.1904, -0.7086, 0.1955]], [[0.5932, 0.8019, -0.5576, 0.8642, 0.3339, 0.8194, -0.4646, 0.8278]]]> : tensor<5x1x8xf32>
  %same_gather_dynamic_in1_c = tensor.cast %same_gather_dynamic_in1 : tensor<5x1x8xf32> to tensor<?x1x8xf32>
  %same_gather_dynamic_in2 = arith.constant dense<[5, 5, 6, 3, 12]> : tensor<5xi64>
  %same_gather_dynamic_in2_c = tensor.cast %same_gather_dynamic_in2 : tensor<5xi64> to tensor<?xi64>
  %same_gather_dynamic_in3 = arith.constant dense<[[0.0174, 0.1558, 0.7875, -0.5515, -0.3858, -0.6993, 0.808, 0.3193], [-0.0285, -0.9421, 0.3806, 0.9287, -0.8889, 0.3253, -0.5294, 0.7025], [-0.1233, 0.28, -0.0336, -0.8705, -0.5765, -0.8875, -0.0275, 0.95], [0.0464, 0.748, 0.6017, -0.3681, -0.8364, 0.3067, 0.8769, 0.0198], [0.7498, 0.5723, 0.283, -0.4591, 0.0712, -0.543, -0.4501, -0.193], [0.69, -0.917, 0.6744, -0.6651, 0.2088, 0.6224, 0.9925, -0.1489], [0.1868, -0.7281, -0.8521, 0.8039, 0.2323, -0.3297, -0.8501, 0.4438], [0.0125, 0.8527, 0.5008, 0.7299, -0.5644, 0.5688, -0.7149, -0.9131], [0.5557, -0.8388, 0.1885, -0.6727, 0.3513, -0.9121, -0.2029, -0.2764], [0.2745, 0.8432, -0.1203, 0.9219, 0.9679, 0.3004, -0.9504, -0.629], [0.2167, 0.9229, -0.8199, -0.0283, -0.3005, -0.1847, 0.1219, -0.5674], [0.0874, -0.702, -0.4763, 0.0356, -0.4695, 0.0693, -0.7059, -0.2867], [0.5815, -0.4234, 0.45, 0.0004, -0.3777, -0.5854, -0.5602, -0.1505], [-0.0756, -0.7675, 0.9075, 0.7193, -0.5565, 0.8157, -0.4175, -0.2101], [0.4983, -0.7313, 0.4367, -0.4924, 0.2044, -0.0593, 0.0173, 0.2311], [-0.973, -0.6398, 0.8757, -0.8449, 0.7078, 0.6391, 0.7172, -0.0464]]> : tensor<16x8xf32>
  %same_gather_dynamic_out:2 = call @same_gather_dynamic(%same_gather_dynamic_in0_c, %same_gather_dynamic_in1_c, %same_gather_dynamic_in2_c, %same_gather_dynamic_in3) : (tensor<?x2x8xf32>, tensor<?x1x8xf32>, tensor<?xi64>, tensor<16x8xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>)
  %same_gather_dynamic_b0 = bufferization.to_buffer %same_gather_dynamic_out#0 : tensor<?x2x8xf32> to memref<?x2x8xf32>
  %same_gather_dynamic_u0 = memref.cast %same_gather_dynamic_b0 : memref<?x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%same_gather_dynamic_u0) : (memref<*xf32>) -> ()
  %same_gather_dynamic_b1 = bufferization.to_buffer %same_gather_dynamic_out#1 : tensor<?x1x8xf32> to memref<?x1x8xf32>
  %same_gather_dynamic_u1 = memref.cast %same_gather_dynamic_b1 : memref<?x1x8xf32> to memref<*xf32>
  call @printMemrefF32(%same_gather_dynamic_u1) : (memref<*xf32>) -> ()
  return
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
// INPUT: @other_positions_dynamic %q shape=5x2x8
// INPUT: @other_positions_dynamic %k shape=5x1x8
// INPUT: @other_positions_dynamic %pos shape=5
// INPUT: @other_positions_dynamic %pos range=0,16
// INPUT: @other_positions_dynamic %posk shape=5
// INPUT: @other_positions_dynamic %posk range=0,16
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

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %other_positions_dynamic_in0 = arith.constant dense<[[[0.0746, 0.8157, 0.9986, 0.0383, -0.8177, -0.1388, 0.6401, -0.879], [-0.5472, -0.177, -0.3416, -0.6907, 0.0253, 0.9501, -0.6004, -0.3569]], [[-0.8255, 0.0341, 0.8693, -0.8493, -0.5004, -0.1822, -0.5943, 0.7733], [-0.0885, 0.6156, -0.3853, -0.6395, 0.4741, -0.0326, 0.563, -0.7068]], [[0.2691, 0.9727, -0.9581, 0.3378, 0.0483, 0.3878, -0.8605, -0.6476], [-0.6217, 0.885, -0.7887, 0.2891, -0.3133, 0.8636, -0.0145, -0.9945]], [[-0.7369, -0.5829, 0.2811, -0.7311, 0.4596, 0.0545, 0.6642, -0.18], [0.3282, 0.7503, 0.3202, -0.919, -0.9178, 0.7102, 0.5609, 0.3969]], [[-0.6391, -0.6616, 0.9999, 0.9612, 0.4223, -0.3551, -0.1238, -0.9658], [0.6662, 0.6949, 0.2068, -0.7912, -0.6523, 0.2018, -0.3146, 0.3596]]]> : tensor<5x2x8xf32>
  %other_positions_dynamic_in0_c = tensor.cast %other_positions_dynamic_in0 : tensor<5x2x8xf32> to tensor<?x2x8xf32>
  %other_positions_dynamic_in1 = arith.constant dense<[[[0.3773, -0.647, 0.5012, -0.2174, 0.7034, 0.0777, 0.8975, -0.9746]], [[0.018, -0.1983, 0.8862, -0.8545, -0.7775, 0.8241, 0.4039, 0.4832]], [[0.3259, 0.698, 0.0365, 0.5866, -0.9788, 0.3596, 0.4448, 0.2984]], [[0.6432, -0.5173, -0.5707, 0.7503, -0.2053, -0.9882, -0.7661, 0.9047]], [[-0.9546, -0.8997, 0.1201, 0.9994, 0.6584, -0.982, -0.8043, 0.4236]]]> : tensor<5x1x8xf32>
  %other_positions_dynamic_in1_c = tensor.cast %other_positions_dynamic_in1 : tensor<5x1x8xf32> to tensor<?x1x8xf32>
  %other_positions_dynamic_in2 = arith.constant dense<[12, 3, 10, 8, 3]> : tensor<5xi64>
  %other_positions_dynamic_in2_c = tensor.cast %other_positions_dynamic_in2 : tensor<5xi64> to tensor<?xi64>
  %other_positions_dynamic_in3 = arith.constant dense<[14, 7, 12, 5, 5]> : tensor<5xi64>
  %other_positions_dynamic_in3_c = tensor.cast %other_positions_dynamic_in3 : tensor<5xi64> to tensor<?xi64>
  %other_positions_dynamic_in4 = arith.constant dense<[[-0.0748, -0.9069, -0.8355, -0.0605, -0.2303, 0.6045, -0.3489, -0.805], [0.9832, -0.3788, 0.937, 0.7989, 0.6293, -0.8131, -0.2329, -0.1226], [0.689, -0.8507, 0.7961, -0.996, 0.7304, -0.6798, -0.2443, 0.5678], [-0.305, 0.4063, -0.5403, 0.1751, -0.3291, 0.5029, 0.9606, -0.1077], [0.8981, 0.1846, 0.474, -0.6243, 0.4237, 0.1367, 0.6433, 0.0821], [0.5469, -0.5104, 0.7041, -0.4317, -0.6364, 0.6747, 0.1964, 0.3613], [0.3028, -0.1294, 0.1753, -0.5211, 0.5212, -0.123, 0.5077, 0.6117], [-0.092, -0.7524, 0.0988, -0.9677, 0.7381, -0.1703, -0.6469, 0.6244], [0.6299, 0.7105, -0.7259, 0.86, 0.8112, -0.1279, -0.4878, -0.2806], [0.0996, -0.3577, -0.5494, 0.8617, 0.6897, 0.2669, -0.2593, 0.4449], [-0.5919, 0.8874, 0.2939, 0.5919, 0.7668, 0.7035, 0.0849, -0.0074], [-0.5561, -0.0466, 0.4464, -0.1343, -0.9395, 0.9571, 0.898, 0.0094], [0.2923, -0.6565, 0.1937, 0.218, 0.6612, 0.2767, -0.3744, -0.9228], [0.4429, -0.5671, -0.4013, 0.1064, 0.3281, 0.7685, -0.368, 0.8612], [-0.6392, 0.329, -0.7194, -0.9997, -0.346, 0.7404, 0.7909, 0.9283], [0.8502, 0.7083, -0.3615, 0.5557, -0.2994, 0.2229, -0.7362, 0.7963]]> : tensor<16x8xf32>
  %other_positions_dynamic_out:2 = call @other_positions_dynamic(%other_positions_dynamic_in0_c, %other_positions_dynamic_in1_c, %other_positions_dynamic_in2_c, %other_positions_dynamic_in3_c, %other_positions_dynamic_in4) : (tensor<?x2x8xf32>, tensor<?x1x8xf32>, tensor<?xi64>, tensor<?xi64>, tensor<16x8xf32>) -> (tensor<?x2x8xf32>, tensor<?x1x8xf32>)
  %other_positions_dynamic_b0 = bufferization.to_buffer %other_positions_dynamic_out#0 : tensor<?x2x8xf32> to memref<?x2x8xf32>
  %other_positions_dynamic_u0 = memref.cast %other_positions_dynamic_b0 : memref<?x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%other_positions_dynamic_u0) : (memref<*xf32>) -> ()
  %other_positions_dynamic_b1 = bufferization.to_buffer %other_positions_dynamic_out#1 : tensor<?x1x8xf32> to memref<?x1x8xf32>
  %other_positions_dynamic_u1 = memref.cast %other_positions_dynamic_b1 : memref<?x1x8xf32> to memref<*xf32>
  call @printMemrefF32(%other_positions_dynamic_u1) : (memref<*xf32>) -> ()
  return
}

