// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// bf16 storage with per-op rounding, as a bf16 model computes it: f32
// frequencies, cos/sin rounded to bf16, bf16 products and sum. The raised op
// computes in f32 and rounds once (the accepted difference; the differential
// test allows 3e-2 for bf16).

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#r3 = affine_map<(d0, d1, d2) -> (d1, d2)>
#p2 = affine_map<(d0, d1) -> (d0)>
#w2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @bf16_perop
// CHECK-SAME: (%[[Q:.+]]: tensor<2x5x8xbf16>, %[[POS:.+]]: tensor<5xi64>)
// CHECK: %[[T:.+]] = rope.freqs %[[POS]] {dim = 8 : i64
// CHECK: rope.rotate half %[[Q]] : tensor<2x5x8xbf16> angles(%[[T]] : tensor<5x4xf32>)
func.func @bf16_perop(%q: tensor<2x5x8xbf16>, %pos: tensor<5xi64>) -> tensor<2x5x8xbf16> {
  %inv = arith.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %fe = tensor.empty() : tensor<5x4xf32>
  %f = linalg.generic {indexing_maps = [#p2, #w2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<5xi64>, tensor<4xf32>) outs(%fe : tensor<5x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<5x4xf32>
  %emb = tensor.concat dim(1) %f, %f : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %ce = tensor.empty() : tensor<5x8xbf16>
  %cos = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%emb : tensor<5x8xf32>) outs(%ce : tensor<5x8xbf16>) {
  ^bb0(%a: f32, %o: bf16):
    %c = math.cos %a : f32
    %t = arith.truncf %c : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<5x8xbf16>
  %sin = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%emb : tensor<5x8xf32>) outs(%ce : tensor<5x8xbf16>) {
  ^bb0(%a: f32, %o: bf16):
    %c = math.sin %a : f32
    %t = arith.truncf %c : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<5x8xbf16>
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xbf16> to tensor<2x5x4xbf16>
  %x2 = tensor.extract_slice %q[0, 0, 4] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xbf16> to tensor<2x5x4xbf16>
  %e4 = tensor.empty() : tensor<2x5x4xbf16>
  %n = linalg.negf ins(%x2 : tensor<2x5x4xbf16>) outs(%e4 : tensor<2x5x4xbf16>) -> tensor<2x5x4xbf16>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x5x4xbf16>, tensor<2x5x4xbf16>) -> tensor<2x5x8xbf16>
  %e = tensor.empty() : tensor<2x5x8xbf16>
  %r = linalg.generic {indexing_maps = [#id3, #id3, #r3, #r3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%q, %rot, %cos, %sin : tensor<2x5x8xbf16>, tensor<2x5x8xbf16>, tensor<5x8xbf16>, tensor<5x8xbf16>) outs(%e : tensor<2x5x8xbf16>) {
  ^bb0(%x: bf16, %y: bf16, %c: bf16, %s: bf16, %o: bf16):
    %a = arith.mulf %x, %c : bf16
    %b = arith.mulf %y, %s : bf16
    %z = arith.addf %a, %b : bf16
    linalg.yield %z : bf16
  } -> tensor<2x5x8xbf16>
  return %r : tensor<2x5x8xbf16>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %bf16_perop_in0 = arith.constant dense<[[[-0.9699, -0.9455, 0.4306, 0.1023, -0.3126, 0.6504, 0.9451, 0.9676], [0.2587, 0.5992, 0.8542, 0.4179, 0.6369, -0.2715, 0.8514, 0.4406], [-0.5951, 0.8819, 0.8061, 0.07, -0.6454, 0.9199, 0.702, -0.4703], [0.5763, -0.2577, 0.5071, -0.2327, 0.7407, 0.477, -0.7364, -0.9157], [0.5225, 0.5071, -0.1208, 0.5891, -0.2536, -0.9946, -0.7745, -0.4359]], [[-0.8002, -0.3789, 0.7958, 0.3373, 0.6524, 0.4546, -0.9559, 0.2317], [0.7849, 0.4827, 0.6438, -0.8458, 0.0861, 0.1346, 0.8816, -0.316], [-0.7902, -0.1794, 0.7628, 0.3245, 0.6585, 0.7617, 0.2011, 0.8206], [-0.2371, -0.9481, -0.5486, -0.3919, -0.0445, -0.3609, -0.5995, -0.7002], [-0.3533, -0.3386, -0.1765, -0.9126, -0.2674, 0.9488, 0.3918, 0.1349]]]> : tensor<2x5x8xbf16>
  %bf16_perop_in1 = arith.constant dense<[4, 7, 0, 5, 7]> : tensor<5xi64>
  %bf16_perop_out = call @bf16_perop(%bf16_perop_in0, %bf16_perop_in1) : (tensor<2x5x8xbf16>, tensor<5xi64>) -> tensor<2x5x8xbf16>
  %bf16_perop_e0 = tensor.empty() : tensor<2x5x8xf32>
  %bf16_perop_w0 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%bf16_perop_out : tensor<2x5x8xbf16>) outs(%bf16_perop_e0 : tensor<2x5x8xf32>) {
  ^bb0(%a: bf16, %b: f32):
    %x = arith.extf %a : bf16 to f32
    linalg.yield %x : f32
  } -> tensor<2x5x8xf32>
  %bf16_perop_b0 = bufferization.to_buffer %bf16_perop_w0 : tensor<2x5x8xf32> to memref<2x5x8xf32>
  %bf16_perop_u0 = memref.cast %bf16_perop_b0 : memref<2x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%bf16_perop_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// f16 storage with extf/truncf inside the generic that applies f32 cos/sin,
// and a dynamic sequence length.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#r3 = affine_map<(d0, d1, d2) -> (d1, d2)>
#p2 = affine_map<(d0, d1) -> (d0)>
#w2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @f16_dyn
// CHECK-SAME: (%[[Q:.+]]: tensor<?x8xf16>, %[[COS:.+]]: tensor<?x8xf32>, %[[SIN:.+]]: tensor<?x8xf32>)
// CHECK-NEXT: %[[R:.+]] = rope.rotate half %[[Q]] : tensor<?x8xf16> cos_sin(%[[COS]], %[[SIN]] : tensor<?x8xf32>, tensor<?x8xf32>) {rotary_dim = 8 : i64
// CHECK-NEXT: return %[[R]]
// INPUT: @f16_dyn %q shape=3x8
// INPUT: @f16_dyn %cos shape=3x8
// INPUT: @f16_dyn %sin shape=3x8
func.func @f16_dyn(%q: tensor<?x8xf16>, %cos: tensor<?x8xf32>, %sin: tensor<?x8xf32>) -> tensor<?x8xf16> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %q, %c0 : tensor<?x8xf16>
  %x1 = tensor.extract_slice %q[0, 0] [%d, 4] [1, 1] : tensor<?x8xf16> to tensor<?x4xf16>
  %x2 = tensor.extract_slice %q[0, 4] [%d, 4] [1, 1] : tensor<?x8xf16> to tensor<?x4xf16>
  %e4 = tensor.empty(%d) : tensor<?x4xf16>
  %n = linalg.negf ins(%x2 : tensor<?x4xf16>) outs(%e4 : tensor<?x4xf16>) -> tensor<?x4xf16>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<?x4xf16>, tensor<?x4xf16>) -> tensor<?x8xf16>
  %e = tensor.empty(%d) : tensor<?x8xf16>
  %r = linalg.generic {indexing_maps = [#id2, #id2, #id2, #id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%q, %rot, %cos, %sin : tensor<?x8xf16>, tensor<?x8xf16>, tensor<?x8xf32>, tensor<?x8xf32>) outs(%e : tensor<?x8xf16>) {
  ^bb0(%x: f16, %y: f16, %c: f32, %s: f32, %o: f16):
    %xf = arith.extf %x : f16 to f32
    %yf = arith.extf %y : f16 to f32
    %a = arith.mulf %xf, %c : f32
    %b = arith.mulf %yf, %s : f32
    %z = arith.addf %a, %b : f32
    %t = arith.truncf %z : f32 to f16
    linalg.yield %t : f16
  } -> tensor<?x8xf16>
  return %r : tensor<?x8xf16>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %f16_dyn_in0 = arith.constant dense<[[0.9807, 0.5463, 0.6059, -0.5624, -0.894, -0.2871, 0.407, 0.986], [-0.0068, 0.2595, -0.6987, 0.7402, -0.5926, -0.579, 0.1881, 0.9063], [-0.4515, -0.7213, 0.1339, 0.8737, -0.1207, 0.2226, -0.2176, -0.0294]]> : tensor<3x8xf16>
  %f16_dyn_in0_c = tensor.cast %f16_dyn_in0 : tensor<3x8xf16> to tensor<?x8xf16>
  %f16_dyn_in1 = arith.constant dense<[[0.4412, -0.9705, -0.6476, 0.6118, 0.5599, -0.5409, 0.8269, 0.397], [0.0892, 0.2889, 0.0139, 0.9361, -0.187, -0.0254, -0.8211, 0.2148], [0.0197, -0.739, -0.1963, 0.7684, 0.4403, 0.7521, 0.8048, -0.0076]]> : tensor<3x8xf32>
  %f16_dyn_in1_c = tensor.cast %f16_dyn_in1 : tensor<3x8xf32> to tensor<?x8xf32>
  %f16_dyn_in2 = arith.constant dense<[[-0.914, -0.4545, -0.1643, 0.0888, -0.2837, -0.8324, -0.7623, 0.1675], [-0.3898, -0.6303, 0.9482, -0.4259, 0.3379, 0.2676, 0.3938, 0.1982], [0.9714, 0.1792, -0.0248, -0.5104, 0.7754, -0.9692, -0.9766, -0.2172]]> : tensor<3x8xf32>
  %f16_dyn_in2_c = tensor.cast %f16_dyn_in2 : tensor<3x8xf32> to tensor<?x8xf32>
  %f16_dyn_out = call @f16_dyn(%f16_dyn_in0_c, %f16_dyn_in1_c, %f16_dyn_in2_c) : (tensor<?x8xf16>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf16>
  %f16_dyn_c0_0 = arith.constant 0 : index
  %f16_dyn_dim0_0 = tensor.dim %f16_dyn_out, %f16_dyn_c0_0 : tensor<?x8xf16>
  %f16_dyn_e0 = tensor.empty(%f16_dyn_dim0_0) : tensor<?x8xf32>
  %f16_dyn_w0 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f16_dyn_out : tensor<?x8xf16>) outs(%f16_dyn_e0 : tensor<?x8xf32>) {
  ^bb0(%a: f16, %b: f32):
    %x = arith.extf %a : f16 to f32
    linalg.yield %x : f32
  } -> tensor<?x8xf32>
  %f16_dyn_b0 = bufferization.to_buffer %f16_dyn_w0 : tensor<?x8xf32> to memref<?x8xf32>
  %f16_dyn_u0 = memref.cast %f16_dyn_b0 : memref<?x8xf32> to memref<*xf32>
  call @printMemrefF32(%f16_dyn_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// A bf16 input extended to f32 and rotated in f32: x is presented as the
// f32 extension and the result stays f32 (no rounding to bf16).

// CHECK-LABEL: func.func @widened_output
// CHECK: %[[XF:.+]] = arith.extf %{{.+}} : tensor<2x5x8xbf16> to tensor<2x5x8xf32>
// CHECK: rope.rotate half %[[XF]] : tensor<2x5x8xf32>
func.func @widened_output(%q: tensor<2x5x8xbf16>, %cos: tensor<5x8xf32>, %sin: tensor<5x8xf32>) -> tensor<2x5x8xf32> {
  %qf = arith.extf %q : tensor<2x5x8xbf16> to tensor<2x5x8xf32>
  %x1 = tensor.extract_slice %qf[0, 0, 0] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xf32> to tensor<2x5x4xf32>
  %x2 = tensor.extract_slice %qf[0, 0, 4] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xf32> to tensor<2x5x4xf32>
  %n = arith.negf %x2 : tensor<2x5x4xf32>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x5x4xf32>, tensor<2x5x4xf32>) -> tensor<2x5x8xf32>
  %e = tensor.empty() : tensor<2x5x8xf32>
  %cb = linalg.broadcast ins(%cos : tensor<5x8xf32>) outs(%e : tensor<2x5x8xf32>) dimensions = [0]
  %sb = linalg.broadcast ins(%sin : tensor<5x8xf32>) outs(%e : tensor<2x5x8xf32>) dimensions = [0]
  %a = arith.mulf %qf, %cb : tensor<2x5x8xf32>
  %b = arith.mulf %rot, %sb : tensor<2x5x8xf32>
  %r = arith.addf %a, %b : tensor<2x5x8xf32>
  return %r : tensor<2x5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %widened_output_in0 = arith.constant dense<[[[-0.5057, -0.5229, 0.2938, -0.0123, 0.0579, -0.205, -0.9265, 0.6936], [0.0862, -0.4439, -0.9541, -0.4854, 0.5116, 0.1605, 0.8725, -0.0588], [0.43, -0.864, -0.776, 0.2506, 0.3582, -0.2793, 0.3615, 0.4278], [-0.0185, -0.5135, 0.8999, -0.756, -0.6269, 0.6975, -0.4374, -0.0419], [0.1458, -0.4546, -0.2482, -0.9672, 0.9682, -0.7296, -0.0713, 0.2179]], [[0.3805, 0.3105, -0.0612, -0.0241, 0.2671, 0.4999, -0.6595, 0.7954], [-0.5346, -0.427, -0.0602, 0.7555, 0.5984, -0.2241, 0.6168, 0.4714], [0.7575, -0.7237, -0.0942, 0.7936, 0.6263, -0.2136, -0.9584, -0.4459], [-0.6267, 0.3619, 0.2782, -0.5287, -0.6942, 0.3686, 0.6314, -0.3664], [-0.3369, 0.8083, -0.4213, 0.0241, -0.0183, 0.7555, -0.8194, 0.7546]]]> : tensor<2x5x8xbf16>
  %widened_output_in1 = arith.constant dense<[[-0.7024, -0.998, -0.3664, 0.4859, 0.3125, 0.3855, 0.6044, -0.1907], [0.2307, 0.7637, -0.278, 0.5285, -0.4469, -0.354, 0.9179, -0.7569], [0.1636, 0.2883, -0.262, 0.6861, 0.4787, -0.2858, 0.4672, -0.5929], [0.3689, 0.5055, -0.9135, -0.1573, -0.4024, -0.9751, 0.6198, 0.207], [-0.5899, 0.0404, 0.1968, -0.6552, 0.8972, -0.3009, 0.9426, 0.6017]]> : tensor<5x8xf32>
  %widened_output_in2 = arith.constant dense<[[0.4895, -0.2204, -0.0124, 0.1872, 0.2533, 0.5467, 0.4978, 0.7624], [0.5293, -0.6147, -0.3075, 0.9817, 0.4554, -0.0576, -0.648, 0.3301], [-0.8265, 0.713, -0.8756, -0.6912, 0.5288, 0.2351, -0.8447, 0.7916], [-0.7101, -0.9876, 0.7664, 0.9216, 0.8951, 0.2018, 0.1314, -0.3236], [0.4974, 0.9448, 0.3077, -0.8368, -0.2166, 0.3693, -0.5375, -0.9587]]> : tensor<5x8xf32>
  %widened_output_out = call @widened_output(%widened_output_in0, %widened_output_in1, %widened_output_in2) : (tensor<2x5x8xbf16>, tensor<5x8xf32>, tensor<5x8xf32>) -> tensor<2x5x8xf32>
  %widened_output_b0 = bufferization.to_buffer %widened_output_out : tensor<2x5x8xf32> to memref<2x5x8xf32>
  %widened_output_u0 = memref.cast %widened_output_b0 : memref<2x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%widened_output_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// The angles are rounded to bf16 before cos/sin (emb.to(bf16)): a bf16
// angle is not position * w in f32, so no rope.freqs; the bf16 angle tensor
// itself, extended to f32, is the angle table, which is exactly the IR.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#r3 = affine_map<(d0, d1, d2) -> (d1, d2)>
#p2 = affine_map<(d0, d1) -> (d0)>
#w2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @rounded_angle
// CHECK-NOT: rope.freqs
// CHECK: rope.rotate half %{{.+}} : tensor<2x5x8xbf16> angles(
func.func @rounded_angle(%q: tensor<2x5x8xbf16>, %pos: tensor<5xi64>) -> tensor<2x5x8xbf16> {
  %inv = arith.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %fe = tensor.empty() : tensor<5x4xf32>
  %f = linalg.generic {indexing_maps = [#p2, #w2, #id2], iterator_types = ["parallel", "parallel"]} ins(%pos, %inv : tensor<5xi64>, tensor<4xf32>) outs(%fe : tensor<5x4xf32>) {
  ^bb0(%p: i64, %w: f32, %o: f32):
    %pf = arith.sitofp %p : i64 to f32
    %m = arith.mulf %pf, %w : f32
    linalg.yield %m : f32
  } -> tensor<5x4xf32>
  %embf = tensor.concat dim(1) %f, %f : (tensor<5x4xf32>, tensor<5x4xf32>) -> tensor<5x8xf32>
  %eb = tensor.empty() : tensor<5x8xbf16>
  %emb = arith.truncf %embf : tensor<5x8xf32> to tensor<5x8xbf16>
  %ce = tensor.empty() : tensor<5x8xbf16>
  %cos = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%emb : tensor<5x8xbf16>) outs(%ce : tensor<5x8xbf16>) {
  ^bb0(%a16: bf16, %o: bf16):
    %a = arith.extf %a16 : bf16 to f32
    %c = math.cos %a : f32
    %t = arith.truncf %c : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<5x8xbf16>
  %sin = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%emb : tensor<5x8xbf16>) outs(%ce : tensor<5x8xbf16>) {
  ^bb0(%a16: bf16, %o: bf16):
    %a = arith.extf %a16 : bf16 to f32
    %c = math.sin %a : f32
    %t = arith.truncf %c : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<5x8xbf16>
  %x1 = tensor.extract_slice %q[0, 0, 0] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xbf16> to tensor<2x5x4xbf16>
  %x2 = tensor.extract_slice %q[0, 0, 4] [2, 5, 4] [1, 1, 1] : tensor<2x5x8xbf16> to tensor<2x5x4xbf16>
  %e4 = tensor.empty() : tensor<2x5x4xbf16>
  %n = linalg.negf ins(%x2 : tensor<2x5x4xbf16>) outs(%e4 : tensor<2x5x4xbf16>) -> tensor<2x5x4xbf16>
  %rot = tensor.concat dim(2) %n, %x1 : (tensor<2x5x4xbf16>, tensor<2x5x4xbf16>) -> tensor<2x5x8xbf16>
  %e = tensor.empty() : tensor<2x5x8xbf16>
  %r = linalg.generic {indexing_maps = [#id3, #id3, #r3, #r3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%q, %rot, %cos, %sin : tensor<2x5x8xbf16>, tensor<2x5x8xbf16>, tensor<5x8xbf16>, tensor<5x8xbf16>) outs(%e : tensor<2x5x8xbf16>) {
  ^bb0(%x: bf16, %y: bf16, %c: bf16, %s: bf16, %o: bf16):
    %a = arith.mulf %x, %c : bf16
    %b = arith.mulf %y, %s : bf16
    %z = arith.addf %a, %b : bf16
    linalg.yield %z : bf16
  } -> tensor<2x5x8xbf16>
  return %r : tensor<2x5x8xbf16>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %rounded_angle_in0 = arith.constant dense<[[[-0.9473, 0.1107, 0.2676, 0.5005, 0.7855, -0.1254, 0.5827, 0.2409], [-0.8276, 0.6297, -0.9557, 0.8493, -0.6651, 0.1533, -0.4308, 0.6963], [0.2045, -0.9067, -0.2028, -0.0664, -0.7885, 0.5794, -0.0936, 0.3439], [0.0246, 0.8665, 0.7853, -0.1727, -0.1608, -0.3069, -0.6551, 0.7381], [-0.2738, 0.0719, -0.7934, -0.2277, -0.0186, 0.5569, -0.6008, -0.6845]], [[-0.001, -0.412, -0.1214, -0.5312, -0.8913, 0.7596, -0.091, -0.7583], [-0.8367, -0.1972, 0.2575, 0.8973, 0.0329, 0.9487, 0.7901, -0.3373], [0.7872, -0.7119, 0.5716, 0.4284, 0.5104, 0.6272, 0.0852, 0.4024], [0.5586, 0.0597, -0.8989, 0.0211, 0.6839, 0.7918, 0.8085, 0.422], [0.853, -0.0453, 0.2537, 0.9849, -0.0842, -0.3691, -0.5511, -0.8057]]]> : tensor<2x5x8xbf16>
  %rounded_angle_in1 = arith.constant dense<[5, 0, 2, 3, 3]> : tensor<5xi64>
  %rounded_angle_out = call @rounded_angle(%rounded_angle_in0, %rounded_angle_in1) : (tensor<2x5x8xbf16>, tensor<5xi64>) -> tensor<2x5x8xbf16>
  %rounded_angle_e0 = tensor.empty() : tensor<2x5x8xf32>
  %rounded_angle_w0 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%rounded_angle_out : tensor<2x5x8xbf16>) outs(%rounded_angle_e0 : tensor<2x5x8xf32>) {
  ^bb0(%a: bf16, %b: f32):
    %x = arith.extf %a : bf16 to f32
    linalg.yield %x : f32
  } -> tensor<2x5x8xf32>
  %rounded_angle_b0 = bufferization.to_buffer %rounded_angle_w0 : tensor<2x5x8xf32> to memref<2x5x8xf32>
  %rounded_angle_u0 = memref.cast %rounded_angle_b0 : memref<2x5x8xf32> to memref<*xf32>
  call @printMemrefF32(%rounded_angle_u0) : (memref<*xf32>) -> ()
  return
}


// -----
// The same with the extension inside the generic that applies cos/sin: x
// exists only as bf16, so the builder extends it to f32 and rotates in f32.

#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @widened_in_body
// CHECK-SAME: (%[[Q:.+]]: tensor<5x8xbf16>
// CHECK: %[[XF:.+]] = linalg.generic {{.+}} ins(%[[Q]] : tensor<5x8xbf16>)
// CHECK: arith.extf
// CHECK: rope.rotate half %[[XF]] : tensor<5x8xf32>
func.func @widened_in_body(%q: tensor<5x8xbf16>, %cos: tensor<5x8xf32>, %sin: tensor<5x8xf32>) -> tensor<5x8xf32> {
  %x1 = tensor.extract_slice %q[0, 0] [5, 4] [1, 1] : tensor<5x8xbf16> to tensor<5x4xbf16>
  %x2 = tensor.extract_slice %q[0, 4] [5, 4] [1, 1] : tensor<5x8xbf16> to tensor<5x4xbf16>
  %n = arith.negf %x2 : tensor<5x4xbf16>
  %rot = tensor.concat dim(1) %n, %x1 : (tensor<5x4xbf16>, tensor<5x4xbf16>) -> tensor<5x8xbf16>
  %e = tensor.empty() : tensor<5x8xf32>
  %r = linalg.generic {indexing_maps = [#id2, #id2, #id2, #id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%q, %rot, %cos, %sin : tensor<5x8xbf16>, tensor<5x8xbf16>, tensor<5x8xf32>, tensor<5x8xf32>) outs(%e : tensor<5x8xf32>) {
  ^bb0(%x: bf16, %y: bf16, %c: f32, %s: f32, %o: f32):
    %xf = arith.extf %x : bf16 to f32
    %yf = arith.extf %y : bf16 to f32
    %a = arith.mulf %xf, %c : f32
    %b = arith.mulf %yf, %s : f32
    %z = arith.addf %a, %b : f32
    linalg.yield %z : f32
  } -> tensor<5x8xf32>
  return %r : tensor<5x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %widened_in_body_in0 = arith.constant dense<[[-0.6865, -0.8848, -0.2815, -0.2127, -0.2817, 0.9858, 0.1076, 0.2174], [-0.6009, -0.4752, 0.399, -0.8547, 0.0014, -0.1417, -0.5289, 0.1628], [-0.2596, 0.9214, 0.973, 0.7011, -0.6328, 0.6599, -0.5308, 0.6778], [-0.3009, -0.7559, -0.6869, -0.0136, 0.5981, 0.995, -0.3313, -0.0853], [0.4318, 0.6145, -0.3721, 0.8468, 0.7783, 0.3684, 0.6064, 0.7459]]> : tensor<5x8xbf16>
  %widened_in_body_in1 = arith.constant dense<[[0.7021, -0.539, 0.5171, -0.0655, 0.8759, 0.8132, 0.9693, 0.4883], [-0.5516, 0.0962, -0.64, -0.8805, -0.6829, -0.4787, -0.0484, -0.4661], [0.207, -0.8998, -0.533, 0.1091, 0.3839, -0.2471, -0.0391, 0.3829], [-0.0582, -0.8536, -0.974, 0.6303, -0.0721, 0.974, -0.1212, -0.2764], [0.2434, -0.2764, -0.7368, -0.347, 0.523, 0.5219, -0.5888, -0.27]]> : tensor<5x8xf32>
  %widened_in_body_in2 = arith.constant dense<[[-0.9722, 0.7847, 0.0362, -0.391, -0.2738, -0.8035, -0.0278, -0.6628], [-0.0761, -0.9533, 0.3614, 0.489, 0.78, -0.4784, -0.5801, 0.3256], [0.2716, 0.9106, 0.0287, 0.8215, 0.9097, 0.0664, 0.5498, -0.4289], [0.9265, 0.4002, -0.0025, 0.8819, 0.4243, 0.9184, -0.5512, 0.4416], [0.3714, -0.0704, 0.1234, 0.7511, 0.9023, -0.634, 0.3381, -0.3935]]> : tensor<5x8xf32>
  %widened_in_body_out = call @widened_in_body(%widened_in_body_in0, %widened_in_body_in1, %widened_in_body_in2) : (tensor<5x8xbf16>, tensor<5x8xf32>, tensor<5x8xf32>) -> tensor<5x8xf32>
  %widened_in_body_b0 = bufferization.to_buffer %widened_in_body_out : tensor<5x8xf32> to memref<5x8xf32>
  %widened_in_body_u0 = memref.cast %widened_in_body_b0 : memref<5x8xf32> to memref<*xf32>
  call @printMemrefF32(%widened_in_body_u0) : (memref<*xf32>) -> ()
  return
}

