// RUN: rope-opt %s --split-input-file --rope-raise | FileCheck %s

// Meta LLaMA complex form: view_as_complex (expand_shape to [.., D/2, 2] and
// complex.create of the two parts, read with constant indexing maps),
// freqs_cis = polar(1, t * inv_freq) as complex.create of cos/sin, complex.mul,
// view_as_real (a generic selecting re/im by linalg.index) and flatten: an
// interleaved rotation, the angles rope.freqs.

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#re4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 0)>
#im4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 1)>
#f4 = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
#id5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#c5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#t2 = affine_map<(d0, d1) -> (d0)>
#i2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func.func @meta
// CHECK-SAME: (%[[X:.+]]: tensor<1x5x2x8xf32>, %[[POS:.+]]: tensor<5xi64>)
// CHECK: %[[T:.+]] = rope.freqs %[[POS]] {dim = 8 : i64, inv_freq = array<f32: 1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03>} : tensor<5xi64>
// CHECK: rope.rotate interleaved %[[X]] : tensor<1x5x2x8xf32> angles(%[[T]] : tensor<5x4xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: complex.mul
func.func @meta(%xq: tensor<1x5x2x8xf32>, %pos: tensor<5xi64>) -> tensor<1x5x2x8xf32> {
  %inv = arith.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %te = tensor.empty() : tensor<5xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%pos : tensor<5xi64>) outs(%te : tensor<5xf32>) {
  ^bb0(%p: i64, %o: f32):
    %f = arith.sitofp %p : i64 to f32
    linalg.yield %f : f32
  } -> tensor<5xf32>
  %fe = tensor.empty() : tensor<5x4xf32>
  %freqs = linalg.generic {indexing_maps = [#t2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%t, %inv : tensor<5xf32>, tensor<4xf32>) outs(%fe : tensor<5x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<5x4xf32>
  %ce = tensor.empty() : tensor<5x4xcomplex<f32>>
  %cis = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%freqs : tensor<5x4xf32>) outs(%ce : tensor<5x4xcomplex<f32>>) {
  ^bb0(%a: f32, %o: complex<f32>):
    %one = arith.constant 1.0 : f32
    %c = math.cos %a : f32
    %s = math.sin %a : f32
    %rc = arith.mulf %one, %c : f32
    %rs = arith.mulf %one, %s : f32
    %z = complex.create %rc, %rs : complex<f32>
    linalg.yield %z : complex<f32>
  } -> tensor<5x4xcomplex<f32>>
  %x5 = tensor.expand_shape %xq [[0], [1], [2], [3, 4]] output_shape [1, 5, 2, 4, 2] : tensor<1x5x2x8xf32> into tensor<1x5x2x4x2xf32>
  %xe = tensor.empty() : tensor<1x5x2x4xcomplex<f32>>
  %xc = linalg.generic {indexing_maps = [#re4, #im4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x5, %x5 : tensor<1x5x2x4x2xf32>, tensor<1x5x2x4x2xf32>) outs(%xe : tensor<1x5x2x4xcomplex<f32>>) {
  ^bb0(%r: f32, %i: f32, %o: complex<f32>):
    %z = complex.create %r, %i : complex<f32>
    linalg.yield %z : complex<f32>
  } -> tensor<1x5x2x4xcomplex<f32>>
  %prod = linalg.generic {indexing_maps = [#id4, #f4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%xc, %cis : tensor<1x5x2x4xcomplex<f32>>, tensor<5x4xcomplex<f32>>) outs(%xe : tensor<1x5x2x4xcomplex<f32>>) {
  ^bb0(%a: complex<f32>, %b: complex<f32>, %o: complex<f32>):
    %m = complex.mul %a, %b : complex<f32>
    linalg.yield %m : complex<f32>
  } -> tensor<1x5x2x4xcomplex<f32>>
  %re = tensor.empty() : tensor<1x5x2x4x2xf32>
  %real = linalg.generic {indexing_maps = [#c5, #id5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%prod : tensor<1x5x2x4xcomplex<f32>>) outs(%re : tensor<1x5x2x4x2xf32>) {
  ^bb0(%z: complex<f32>, %o: f32):
    %k = linalg.index 4 : index
    %c0 = arith.constant 0 : index
    %is0 = arith.cmpi eq, %k, %c0 : index
    %r = complex.re %z : complex<f32>
    %i = complex.im %z : complex<f32>
    %v = arith.select %is0, %r, %i : f32
    linalg.yield %v : f32
  } -> tensor<1x5x2x4x2xf32>
  %out = tensor.collapse_shape %real [[0], [1], [2], [3, 4]] : tensor<1x5x2x4x2xf32> into tensor<1x5x2x8xf32>
  return %out : tensor<1x5x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %meta_in0 = arith.constant dense<[[[[-0.8138, -0.2313, -0.6802, -0.7399, -0.0883, 0.4678, -0.6655, -0.7035], [-0.3338, -0.4659, -0.13, 0.9297, -0.5353, 0.3041, -0.1471, -0.8272]], [[-0.8661, -0.4404, 0.484, 0.5657, 0.0509, -0.6613, -0.9977, 0.5607], [0.904, 0.0548, 0.6039, -0.8474, 0.9643, -0.8707, -0.7678, -0.7172]], [[-0.7041, -0.3814, 0.5134, -0.2362, 0.9973, 0.1672, 0.6541, -0.2551], [0.0096, -0.9917, -0.0125, 0.0501, -0.8353, -0.8693, -0.196, 0.712]], [[-0.068, 0.9168, 0.6251, -0.7114, 0.0741, 0.8047, -0.088, 0.3211], [0.0251, -0.2185, 0.503, -0.6829, -0.4161, -0.617, 0.7712, -0.5265]], [[-0.6272, -0.7297, -0.4645, 0.2935, -0.3, 0.4137, -0.0038, -0.2842], [0.3046, -0.8167, -0.3387, 0.6049, -0.4005, 0.1344, -0.1284, -0.4435]]]]> : tensor<1x5x2x8xf32>
  %meta_in1 = arith.constant dense<[7, 6, 1, 5, 7]> : tensor<5xi64>
  %meta_out = call @meta(%meta_in0, %meta_in1) : (tensor<1x5x2x8xf32>, tensor<5xi64>) -> tensor<1x5x2x8xf32>
  %meta_b0 = bufferization.to_buffer %meta_out : tensor<1x5x2x8xf32> to memref<1x5x2x8xf32>
  %meta_u0 = memref.cast %meta_b0 : memref<1x5x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%meta_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// freqs_cis given as a complex tensor [S, D/2]: its real and imaginary parts
// are the per-pair cos/sin tables.

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#re4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 0)>
#im4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 1)>
#f4 = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
#id5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#c5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#t2 = affine_map<(d0, d1) -> (d0)>
#i2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @freqs_cis_given
// CHECK-SAME: (%[[X:.+]]: tensor<1x5x2x8xf32>, %[[CIS:.+]]: tensor<5x4xcomplex<f32>>)
// CHECK: %[[P:.+]]:2 = linalg.generic {{.+}} ins(%[[CIS]] : tensor<5x4xcomplex<f32>>)
// CHECK: complex.re
// CHECK: complex.im
// CHECK: rope.rotate interleaved %[[X]] : tensor<1x5x2x8xf32> cos_sin(%[[P]]#0, %[[P]]#1 : tensor<5x4xf32>, tensor<5x4xf32>) {rotary_dim = 8 : i64
// CHECK-NOT: complex.mul
func.func @freqs_cis_given(%xq: tensor<1x5x2x8xf32>, %cis: tensor<5x4xcomplex<f32>>) -> tensor<1x5x2x8xf32> {
  %x5 = tensor.expand_shape %xq [[0], [1], [2], [3, 4]] output_shape [1, 5, 2, 4, 2] : tensor<1x5x2x8xf32> into tensor<1x5x2x4x2xf32>
  %xe = tensor.empty() : tensor<1x5x2x4xcomplex<f32>>
  %xc = linalg.generic {indexing_maps = [#re4, #im4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x5, %x5 : tensor<1x5x2x4x2xf32>, tensor<1x5x2x4x2xf32>) outs(%xe : tensor<1x5x2x4xcomplex<f32>>) {
  ^bb0(%r: f32, %i: f32, %o: complex<f32>):
    %z = complex.create %r, %i : complex<f32>
    linalg.yield %z : complex<f32>
  } -> tensor<1x5x2x4xcomplex<f32>>
  %prod = linalg.generic {indexing_maps = [#id4, #f4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%xc, %cis : tensor<1x5x2x4xcomplex<f32>>, tensor<5x4xcomplex<f32>>) outs(%xe : tensor<1x5x2x4xcomplex<f32>>) {
  ^bb0(%a: complex<f32>, %b: complex<f32>, %o: complex<f32>):
    %m = complex.mul %a, %b : complex<f32>
    linalg.yield %m : complex<f32>
  } -> tensor<1x5x2x4xcomplex<f32>>
  %re = tensor.empty() : tensor<1x5x2x4x2xf32>
  %real = linalg.generic {indexing_maps = [#c5, #id5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%prod : tensor<1x5x2x4xcomplex<f32>>) outs(%re : tensor<1x5x2x4x2xf32>) {
  ^bb0(%z: complex<f32>, %o: f32):
    %k = linalg.index 4 : index
    %c0 = arith.constant 0 : index
    %is0 = arith.cmpi eq, %k, %c0 : index
    %r = complex.re %z : complex<f32>
    %i = complex.im %z : complex<f32>
    %v = arith.select %is0, %r, %i : f32
    linalg.yield %v : f32
  } -> tensor<1x5x2x4x2xf32>
  %out = tensor.collapse_shape %real [[0], [1], [2], [3, 4]] : tensor<1x5x2x4x2xf32> into tensor<1x5x2x8xf32>
  return %out : tensor<1x5x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %freqs_cis_given_in0 = arith.constant dense<[[[[0.1113, 0.9582, -0.3351, 0.7818, -0.4004, -0.9047, 0.9667, 0.4559], [0.1767, -0.5335, 0.7936, -0.2105, -0.5863, -0.5127, -0.0353, -0.8785]], [[-0.9269, 0.9777, -0.3767, -0.0342, -0.0966, -0.6072, 0.1538, -0.1623], [-0.953, -0.3492, -0.9647, 0.3992, 0.7091, 0.5106, -0.309, 0.8457]], [[0.4515, -0.4981, 0.6273, 0.1549, 0.4658, 0.3393, -0.6737, -0.3995], [0.1019, 0.9876, 0.4916, 0.4564, 0.5934, -0.1352, -0.6039, -0.784]], [[0.7581, 0.4973, 0.7896, -0.2738, 0.8814, 0.2916, 0.9953, 0.0793], [-0.9819, -0.6228, -0.1407, -0.1555, -0.3859, 0.2892, 0.1547, -0.6645]], [[-0.6643, -0.1977, -0.2623, -0.7654, 0.3106, 0.8132, -0.1969, -0.281], [-0.8037, 0.8145, 0.1777, 0.0285, 0.3079, -0.352, -0.4726, -0.6846]]]]> : tensor<1x5x2x8xf32>
  %freqs_cis_given_in1 = arith.constant dense<[[(-0.8835, -0.0736), (-0.0435, -0.1785), (0.0561, 0.2256), (0.085, -0.9087)], [(-0.9526, 0.6149), (0.5375, -0.0576), (0.5565, 0.8), (0.1916, -0.1087)], [(0.2365, -0.1743), (0.8114, -0.7985), (0.3423, 0.2859), (-0.5181, 0.788)], [(0.9302, -0.1411), (0.6854, 0.1334), (0.2935, 0.9745), (-0.174, 0.4223)], [(0.7923, -0.3488), (-0.4399, -0.1709), (0.9731, 0.7819), (0.9437, -0.9932)]]> : tensor<5x4xcomplex<f32>>
  %freqs_cis_given_out = call @freqs_cis_given(%freqs_cis_given_in0, %freqs_cis_given_in1) : (tensor<1x5x2x8xf32>, tensor<5x4xcomplex<f32>>) -> tensor<1x5x2x8xf32>
  %freqs_cis_given_b0 = bufferization.to_buffer %freqs_cis_given_out : tensor<1x5x2x8xf32> to memref<1x5x2x8xf32>
  %freqs_cis_given_u0 = memref.cast %freqs_cis_given_b0 : memref<1x5x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%freqs_cis_given_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: multiplying by the conjugate rotates by -angle; the first
// element of each pair then adds its partner's term.

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#re4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 0)>
#im4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 1)>
#f4 = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
#id5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#c5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#t2 = affine_map<(d0, d1) -> (d0)>
#i2 = affine_map<(d0, d1) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @conjugate
// CHECK-NOT: rope.rotate
// CHECK: return
func.func @conjugate(%xq: tensor<1x5x2x8xf32>) -> tensor<1x5x2x8xf32> {
  %inv = arith.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %t = arith.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0]> : tensor<5xf32>
  %fe = tensor.empty() : tensor<5x4xf32>
  %freqs = linalg.generic {indexing_maps = [#t2, #i2, #id2], iterator_types = ["parallel", "parallel"]} ins(%t, %inv : tensor<5xf32>, tensor<4xf32>) outs(%fe : tensor<5x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<5x4xf32>
  %ce = tensor.empty() : tensor<5x4xcomplex<f32>>
  %cis = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%freqs : tensor<5x4xf32>) outs(%ce : tensor<5x4xcomplex<f32>>) {
  ^bb0(%a: f32, %o: complex<f32>):
    %one = arith.constant 1.0 : f32
    %c = math.cos %a : f32
    %s = math.sin %a : f32
    %rc = arith.mulf %one, %c : f32
    %rs = arith.mulf %one, %s : f32
    %z = complex.create %rc, %rs : complex<f32>
    linalg.yield %z : complex<f32>
  } -> tensor<5x4xcomplex<f32>>
  %x5 = tensor.expand_shape %xq [[0], [1], [2], [3, 4]] output_shape [1, 5, 2, 4, 2] : tensor<1x5x2x8xf32> into tensor<1x5x2x4x2xf32>
  %xe = tensor.empty() : tensor<1x5x2x4xcomplex<f32>>
  %xc = linalg.generic {indexing_maps = [#re4, #im4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x5, %x5 : tensor<1x5x2x4x2xf32>, tensor<1x5x2x4x2xf32>) outs(%xe : tensor<1x5x2x4xcomplex<f32>>) {
  ^bb0(%r: f32, %i: f32, %o: complex<f32>):
    %z = complex.create %r, %i : complex<f32>
    linalg.yield %z : complex<f32>
  } -> tensor<1x5x2x4xcomplex<f32>>
  %prod = linalg.generic {indexing_maps = [#id4, #f4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%xc, %cis : tensor<1x5x2x4xcomplex<f32>>, tensor<5x4xcomplex<f32>>) outs(%xe : tensor<1x5x2x4xcomplex<f32>>) {
  ^bb0(%a: complex<f32>, %b: complex<f32>, %o: complex<f32>):
    %bc = complex.conj %b : complex<f32>
    %m = complex.mul %a, %bc : complex<f32>
    linalg.yield %m : complex<f32>
  } -> tensor<1x5x2x4xcomplex<f32>>
  %re = tensor.empty() : tensor<1x5x2x4x2xf32>
  %real = linalg.generic {indexing_maps = [#c5, #id5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%prod : tensor<1x5x2x4xcomplex<f32>>) outs(%re : tensor<1x5x2x4x2xf32>) {
  ^bb0(%z: complex<f32>, %o: f32):
    %k = linalg.index 4 : index
    %c0 = arith.constant 0 : index
    %is0 = arith.cmpi eq, %k, %c0 : index
    %r = complex.re %z : complex<f32>
    %i = complex.im %z : complex<f32>
    %v = arith.select %is0, %r, %i : f32
    linalg.yield %v : f32
  } -> tensor<1x5x2x4x2xf32>
  %out = tensor.collapse_shape %real [[0], [1], [2], [3, 4]] : tensor<1x5x2x4x2xf32> into tensor<1x5x2x8xf32>
  return %out : tensor<1x5x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %conjugate_in0 = arith.constant dense<[[[[-0.0251, 0.6678, 0.3766, -0.6062, 0.1976, 0.8121, 0.3952, -0.4789], [-0.838, -0.6433, 0.0916, 0.791, 0.6135, -0.2323, -0.8922, -0.1394]], [[0.9639, 0.568, 0.5112, -0.9038, -0.4642, 0.6061, 0.7143, -0.4967], [-0.5528, -0.163, -0.8636, -0.8025, -0.5381, -0.2028, 0.4912, -0.9674]], [[0.9573, 0.9923, 0.5002, -0.4587, -0.698, 0.0118, -0.9148, 0.0155], [0.8754, -0.2547, 0.1551, -0.7535, -0.2242, 0.74, 0.6694, -0.1392]], [[0.3559, 0.9436, -0.9039, 0.7813, 0.1517, 0.428, 0.8391, -0.3067], [-0.3232, -0.0685, 0.3655, -0.321, -0.827, -0.3378, -0.5069, -0.0198]], [[-0.8091, 0.3314, 0.2738, -0.6646, -0.0796, 0.6315, 0.3641, -0.4471], [-0.0755, -0.8714, -0.7414, 0.2024, 0.2687, 0.7348, 0.6154, 0.8554]]]]> : tensor<1x5x2x8xf32>
  %conjugate_out = call @conjugate(%conjugate_in0) : (tensor<1x5x2x8xf32>) -> tensor<1x5x2x8xf32>
  %conjugate_b0 = bufferization.to_buffer %conjugate_out : tensor<1x5x2x8xf32> to memref<1x5x2x8xf32>
  %conjugate_u0 = memref.cast %conjugate_b0 : memref<1x5x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%conjugate_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// CogVideoX real interleaved form: x.reshape(.., -1, 2).unbind(-1), then
// stack([-x_imag, x_real], -1).flatten(3) as rotate_half; cos/sin [S, D]
// given (used element by element).

// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @cogvideo
// CHECK-SAME: (%[[X:.+]]: tensor<1x2x6x8xf32>, %[[COS:.+]]: tensor<6x8xf32>, %[[SIN:.+]]: tensor<6x8xf32>)
// CHECK: rope.rotate interleaved %[[X]] : tensor<1x2x6x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<6x8xf32>, tensor<6x8xf32>) {rotary_dim = 8 : i64, table_maps = [#[[$ROWS]]]}
// CHECK-NOT: tensor.concat
func.func @cogvideo(%x: tensor<1x2x6x8xf32>, %cos: tensor<6x8xf32>, %sin: tensor<6x8xf32>) -> tensor<1x2x6x8xf32> {
  %x5 = tensor.expand_shape %x [[0], [1], [2], [3, 4]] output_shape [1, 2, 6, 4, 2] : tensor<1x2x6x8xf32> into tensor<1x2x6x4x2xf32>
  %xr = tensor.extract_slice %x5[0, 0, 0, 0, 0] [1, 2, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x6x4x2xf32> to tensor<1x2x6x4xf32>
  %xi = tensor.extract_slice %x5[0, 0, 0, 0, 1] [1, 2, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x6x4x2xf32> to tensor<1x2x6x4xf32>
  %e = tensor.empty() : tensor<1x2x6x4xf32>
  %nxi = linalg.negf ins(%xi : tensor<1x2x6x4xf32>) outs(%e : tensor<1x2x6x4xf32>) -> tensor<1x2x6x4xf32>
  %a = tensor.expand_shape %nxi [[0], [1], [2], [3, 4]] output_shape [1, 2, 6, 4, 1] : tensor<1x2x6x4xf32> into tensor<1x2x6x4x1xf32>
  %b = tensor.expand_shape %xr [[0], [1], [2], [3, 4]] output_shape [1, 2, 6, 4, 1] : tensor<1x2x6x4xf32> into tensor<1x2x6x4x1xf32>
  %st = tensor.concat dim(4) %a, %b : (tensor<1x2x6x4x1xf32>, tensor<1x2x6x4x1xf32>) -> tensor<1x2x6x4x2xf32>
  %rot = tensor.collapse_shape %st [[0], [1], [2], [3, 4]] : tensor<1x2x6x4x2xf32> into tensor<1x2x6x8xf32>
  %ce = tensor.empty() : tensor<1x2x6x8xf32>
  %cb = linalg.broadcast ins(%cos : tensor<6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) dimensions = [0, 1]
  %sb = linalg.broadcast ins(%sin : tensor<6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) dimensions = [0, 1]
  %xc = linalg.mul ins(%x, %cb : tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) -> tensor<1x2x6x8xf32>
  %rs = linalg.mul ins(%rot, %sb : tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) -> tensor<1x2x6x8xf32>
  %out = linalg.add ins(%xc, %rs : tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) -> tensor<1x2x6x8xf32>
  return %out : tensor<1x2x6x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %cogvideo_in0 = arith.constant dense<[[[[0.9335, 0.0262, 0.2726, 0.0208, -0.6873, -0.7189, 0.48, -0.0709], [0.269, -0.9998, -0.3353, 0.1681, 0.4434, -0.1583, 0.4987, -0.9099], [0.7601, -0.9964, -0.3127, 0.4048, -0.3135, 0.9765, -0.9697, 0.9702], [-0.9433, -0.7761, -0.9789, 0.5057, 0.4399, 0.0922, 0.5926, 0.4831], [-0.9157, -0.2596, 0.4419, 0.8908, 0.0383, 0.8389, 0.8695, -0.6563], [0.184, -0.2699, -0.9433, 0.2819, -0.302, 0.2442, -0.4381, -0.9905]], [[-0.7382, 0.8244, 0.2976, 0.9585, -0.7518, -0.5941, -0.5394, 0.3526], [-0.7169, -0.5117, 0.7667, -0.4837, -0.1513, -0.1664, -0.9658, 0.2196], [0.4384, -0.6389, 0.5698, 0.1013, -0.7306, 0.7924, 0.5299, -0.0152], [0.053, -0.7127, 0.156, 0.8622, 0.1656, -0.4465, -0.1784, 0.803], [0.2202, 0.2685, -0.2813, -0.0092, 0.1371, 0.5005, -0.2801, -0.969], [-0.1009, -0.986, -0.7873, 0.9136, 0.1779, 0.1444, 0.6853, 0.4489]]]]> : tensor<1x2x6x8xf32>
  %cogvideo_in1 = arith.constant dense<[[0.7275, 0.3723, -0.3458, 0.8975, -0.7598, 0.2184, -0.8989, -0.2556], [-0.8699, -0.2476, 0.0183, -0.1948, 0.6442, -0.9776, -0.7575, -0.2157], [-0.2852, -0.9145, 0.9755, 0.3519, 0.683, -0.3149, -0.0373, -0.5999], [0.9895, 0.6427, -0.9737, -0.3101, 0.9099, -0.1367, -0.2863, 0.8185], [-0.5045, -0.4736, -0.8695, 0.7446, -0.2948, 0.6638, 0.4783, -0.7194], [-0.8806, 0.6424, -0.703, 0.882, -0.3546, -0.9997, 0.9235, 0.9246]]> : tensor<6x8xf32>
  %cogvideo_in2 = arith.constant dense<[[-0.2572, 0.6562, 0.5991, 0.85, 0.9532, -0.446, -0.8791, 0.498], [-0.3026, -0.0326, 0.582, -0.0355, 0.8895, 0.6382, -0.2949, 0.7785], [0.399, 0.7033, -0.4715, 0.0725, -0.0569, -0.4077, 0.1088, 0.1744], [0.5378, -0.9727, 0.4724, -0.1008, 0.1912, 0.2178, 0.1139, -0.8575], [0.9821, -0.1675, -0.6232, 0.8694, 0.9568, -0.8776, -0.1088, 0.0004], [0.4213, -0.6438, -0.1004, -0.7231, -0.4682, 0.3221, -0.9604, 0.8802]]> : tensor<6x8xf32>
  %cogvideo_out = call @cogvideo(%cogvideo_in0, %cogvideo_in1, %cogvideo_in2) : (tensor<1x2x6x8xf32>, tensor<6x8xf32>, tensor<6x8xf32>) -> tensor<1x2x6x8xf32>
  %cogvideo_b0 = bufferization.to_buffer %cogvideo_out : tensor<1x2x6x8xf32> to memref<1x2x6x8xf32>
  %cogvideo_u0 = memref.cast %cogvideo_b0 : memref<1x2x6x8xf32> to memref<*xf32>
  call @printMemrefF32(%cogvideo_u0) : (memref<*xf32>) -> ()
  return
}

// -----
// Near miss: stack([x_imag, -x_real]) rotates the other way round.

// CHECK-LABEL: func.func @real_wrong_order
// CHECK-NOT: rope.rotate
// CHECK: return
func.func @real_wrong_order(%x: tensor<1x2x6x8xf32>, %cos: tensor<6x8xf32>, %sin: tensor<6x8xf32>) -> tensor<1x2x6x8xf32> {
  %x5 = tensor.expand_shape %x [[0], [1], [2], [3, 4]] output_shape [1, 2, 6, 4, 2] : tensor<1x2x6x8xf32> into tensor<1x2x6x4x2xf32>
  %xr = tensor.extract_slice %x5[0, 0, 0, 0, 0] [1, 2, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x6x4x2xf32> to tensor<1x2x6x4xf32>
  %xi = tensor.extract_slice %x5[0, 0, 0, 0, 1] [1, 2, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<1x2x6x4x2xf32> to tensor<1x2x6x4xf32>
  %e = tensor.empty() : tensor<1x2x6x4xf32>
  %nxi = linalg.negf ins(%xi : tensor<1x2x6x4xf32>) outs(%e : tensor<1x2x6x4xf32>) -> tensor<1x2x6x4xf32>
  %a = tensor.expand_shape %xi [[0], [1], [2], [3, 4]] output_shape [1, 2, 6, 4, 1] : tensor<1x2x6x4xf32> into tensor<1x2x6x4x1xf32>
  %nxr = linalg.negf ins(%xr : tensor<1x2x6x4xf32>) outs(%e : tensor<1x2x6x4xf32>) -> tensor<1x2x6x4xf32>
  %b = tensor.expand_shape %nxr [[0], [1], [2], [3, 4]] output_shape [1, 2, 6, 4, 1] : tensor<1x2x6x4xf32> into tensor<1x2x6x4x1xf32>
  %st = tensor.concat dim(4) %a, %b : (tensor<1x2x6x4x1xf32>, tensor<1x2x6x4x1xf32>) -> tensor<1x2x6x4x2xf32>
  %rot = tensor.collapse_shape %st [[0], [1], [2], [3, 4]] : tensor<1x2x6x4x2xf32> into tensor<1x2x6x8xf32>
  %ce = tensor.empty() : tensor<1x2x6x8xf32>
  %cb = linalg.broadcast ins(%cos : tensor<6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) dimensions = [0, 1]
  %sb = linalg.broadcast ins(%sin : tensor<6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) dimensions = [0, 1]
  %xc = linalg.mul ins(%x, %cb : tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) -> tensor<1x2x6x8xf32>
  %rs = linalg.mul ins(%rot, %sb : tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) -> tensor<1x2x6x8xf32>
  %out = linalg.add ins(%xc, %rs : tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32>) outs(%ce : tensor<1x2x6x8xf32>) -> tensor<1x2x6x8xf32>
  return %out : tensor<1x2x6x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %real_wrong_order_in0 = arith.constant dense<[[[[0.2997, -0.0376, 0.8157, 0.3656, -0.7477, 0.8958, -0.3617, 0.9548], [-0.3601, 0.627, -0.3811, -0.2399, 0.8122, 0.7935, 0.5108, 0.4352], [-0.8605, -0.8124, 0.2938, 0.9609, 0.7906, -0.7789, 0.1606, -0.0648], [0.3322, 0.9049, 0.5377, 0.4382, 0.3198, 0.1247, 0.0854, -0.7446], [-0.6631, -0.1012, 0.0063, 0.1965, -0.7534, -0.5423, 0.3613, -0.5042], [0.0245, -0.5131, -0.6548, -0.6785, 0.9676, 0.0414, 0.2304, -0.2993]], [[-0.9221, -0.3372, 0.7974, 0.5748, 0.1592, -0.7857, 0.8572, 0.2194], [0.5755, 0.5987, -0.2555, -0.0093, 0.5392, -0.7558, -0.3738, 0.8442], [0.0136, -0.5232, -0.9043, -0.7407, -0.3938, -0.1703, -0.9759, -0.8265], [-0.3177, 0.2434, -0.4856, 0.2241, -0.7987, 0.7898, -0.5972, 0.3382], [-0.2664, -0.8943, -0.2076, 0.9673, -0.433, -0.2712, -0.3672, -0.1439], [-0.889, -0.8125, -0.2553, 0.9784, -0.6948, 0.2918, 0.5037, -0.7116]]]]> : tensor<1x2x6x8xf32>
  %real_wrong_order_in1 = arith.constant dense<[[0.9763, -0.6011, 0.3253, 0.7508, -0.7756, -0.0232, 0.1777, -0.2272], [0.429, -0.9768, -0.6715, -0.9383, -0.2037, -0.9752, -0.0908, -0.7317], [0.7157, -0.4392, 0.5249, 0.4282, 0.9643, -0.6588, -0.2709, 0.8603], [0.8715, 0.8132, 0.0061, 0.6622, 0.745, -0.3913, -0.6011, -0.9024], [-0.3819, -0.7737, -0.4344, 0.9781, -0.0398, -0.0535, -0.2996, 0.6073], [-0.3979, 0.7124, 0.8971, 0.2127, 0.1822, -0.7703, 0.2861, 0.3651]]> : tensor<6x8xf32>
  %real_wrong_order_in2 = arith.constant dense<[[-0.3354, 0.0758, -0.2486, -0.0584, -0.3922, -0.2047, 0.546, 0.6581], [0.3685, -0.0747, -0.0014, 0.3416, -0.7449, -0.403, -0.0505, -0.2512], [-0.6929, -0.1984, 0.5812, -0.6502, 0.7582, 0.1348, 0.3393, -0.1931], [-0.2663, -0.1905, 0.2951, 0.84, -0.4096, -0.1574, -0.4198, -0.5052], [0.8659, 0.6803, 0.8631, -0.6187, 0.2207, 0.8244, -0.7843, 0.8858], [0.4556, 0.7778, 0.6193, 0.0746, -0.6555, -0.6174, -0.3675, -0.0412]]> : tensor<6x8xf32>
  %real_wrong_order_out = call @real_wrong_order(%real_wrong_order_in0, %real_wrong_order_in1, %real_wrong_order_in2) : (tensor<1x2x6x8xf32>, tensor<6x8xf32>, tensor<6x8xf32>) -> tensor<1x2x6x8xf32>
  %real_wrong_order_b0 = bufferization.to_buffer %real_wrong_order_out : tensor<1x2x6x8xf32> to memref<1x2x6x8xf32>
  %real_wrong_order_u0 = memref.cast %real_wrong_order_b0 : memref<1x2x6x8xf32> to memref<*xf32>
  call @printMemrefF32(%real_wrong_order_u0) : (memref<*xf32>) -> ()
  return
}


// -----
// Wan-style complex 3D table: per-axis freqs_cis tables (given, complex)
// broadcast over the other axis, concatenated and flattened to tokens, then
// multiplied with view_as_complex(x). The joined complex tensor holds the
// per-pair cos + i sin: its parts are the tables.

#b0 = affine_map<(d0, d1, d2) -> (d0, d2)>
#b1 = affine_map<(d0, d1, d2) -> (d1, d2)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#re = affine_map<(d0, d1, d2) -> (d0, d1, d2, 0)>
#im = affine_map<(d0, d1, d2) -> (d0, d1, d2, 1)>
#tok = affine_map<(d0, d1, d2) -> (d0, d2)>
#c4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @complex_3d_table
// CHECK-SAME: (%[[X:.+]]: tensor<6x2x8xf32>
// CHECK: %[[P:.+]]:2 = linalg.generic {{.+}} ins(%{{.+}} : tensor<6x4xcomplex<f32>>)
// CHECK: rope.rotate interleaved %[[X]] : tensor<6x2x8xf32> cos_sin(%[[P]]#0, %[[P]]#1 : tensor<6x4xf32>, tensor<6x4xf32>) {rotary_dim = 8 : i64
// CHECK-NOT: complex.mul
func.func @complex_3d_table(%x: tensor<6x2x8xf32>, %ft: tensor<2x2xcomplex<f32>>, %fh: tensor<3x2xcomplex<f32>>) -> tensor<6x2x8xf32> {
  %e = tensor.empty() : tensor<2x3x2xcomplex<f32>>
  %bt = linalg.generic {indexing_maps = [#b0, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ft : tensor<2x2xcomplex<f32>>) outs(%e : tensor<2x3x2xcomplex<f32>>) {
  ^bb0(%a: complex<f32>, %o: complex<f32>):
    linalg.yield %a : complex<f32>
  } -> tensor<2x3x2xcomplex<f32>>
  %bh = linalg.generic {indexing_maps = [#b1, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%fh : tensor<3x2xcomplex<f32>>) outs(%e : tensor<2x3x2xcomplex<f32>>) {
  ^bb0(%a: complex<f32>, %o: complex<f32>):
    linalg.yield %a : complex<f32>
  } -> tensor<2x3x2xcomplex<f32>>
  %cat = tensor.concat dim(2) %bt, %bh : (tensor<2x3x2xcomplex<f32>>, tensor<2x3x2xcomplex<f32>>) -> tensor<2x3x4xcomplex<f32>>
  %cis = tensor.collapse_shape %cat [[0, 1], [2]] : tensor<2x3x4xcomplex<f32>> into tensor<6x4xcomplex<f32>>
  %x4 = tensor.expand_shape %x [[0], [1], [2, 3]] output_shape [6, 2, 4, 2] : tensor<6x2x8xf32> into tensor<6x2x4x2xf32>
  %xe = tensor.empty() : tensor<6x2x4xcomplex<f32>>
  %xc = linalg.generic {indexing_maps = [#re, #im, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x4, %x4 : tensor<6x2x4x2xf32>, tensor<6x2x4x2xf32>) outs(%xe : tensor<6x2x4xcomplex<f32>>) {
  ^bb0(%r: f32, %i: f32, %o: complex<f32>):
    %z = complex.create %r, %i : complex<f32>
    linalg.yield %z : complex<f32>
  } -> tensor<6x2x4xcomplex<f32>>
  %prod = linalg.generic {indexing_maps = [#id3, #tok, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%xc, %cis : tensor<6x2x4xcomplex<f32>>, tensor<6x4xcomplex<f32>>) outs(%xe : tensor<6x2x4xcomplex<f32>>) {
  ^bb0(%a: complex<f32>, %b: complex<f32>, %o: complex<f32>):
    %m = complex.mul %a, %b : complex<f32>
    linalg.yield %m : complex<f32>
  } -> tensor<6x2x4xcomplex<f32>>
  %re0 = tensor.empty() : tensor<6x2x4x2xf32>
  %real = linalg.generic {indexing_maps = [#c4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%prod : tensor<6x2x4xcomplex<f32>>) outs(%re0 : tensor<6x2x4x2xf32>) {
  ^bb0(%z: complex<f32>, %o: f32):
    %k = linalg.index 3 : index
    %c0 = arith.constant 0 : index
    %is0 = arith.cmpi eq, %k, %c0 : index
    %r = complex.re %z : complex<f32>
    %i = complex.im %z : complex<f32>
    %v = arith.select %is0, %r, %i : f32
    linalg.yield %v : f32
  } -> tensor<6x2x4x2xf32>
  %out = tensor.collapse_shape %real [[0], [1], [2, 3]] : tensor<6x2x4x2xf32> into tensor<6x2x8xf32>
  return %out : tensor<6x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %complex_3d_table_in0 = arith.constant dense<[[[-0.107, -0.661, -0.1152, 0.1167, 0.9754, -0.7196, -0.3413, -0.4015], [-0.9638, -0.0906, 0.9434, 0.5641, -0.3691, 0.6954, -0.0084, 0.5481]], [[-0.6523, -0.7442, -0.2798, 0.8034, 0.9924, 0.8009, 0.8649, 0.422], [-0.5394, -0.2494, -0.6585, 0.9289, 0.5464, 0.1272, 0.6317, 0.4434]], [[0.643, 0.1346, -0.2902, -0.2263, 0.0096, -0.6202, -0.494, 0.624], [-0.3653, 0.0782, 0.6688, -0.155, 0.3341, -0.0018, -0.73, -0.2407]], [[-0.375, 0.2561, -0.3424, 0.2628, 0.4881, -0.8487, 0.1562, 0.9291], [-0.2828, -0.0649, -0.9778, 0.4126, 0.7973, 0.6478, 0.4508, 0.8865]], [[0.1889, -0.1922, 0.6458, -0.242, 0.1355, 0.3679, 0.9024, -0.3064], [0.0285, -0.7184, 0.8316, 0.4243, -0.7442, 0.3558, -0.9694, -0.374]], [[-0.1791, 0.3489, 0.6975, -0.2605, -0.9506, 0.6453, -0.0874, -0.4724], [0.6163, 0.6525, -0.4872, 0.1157, -0.294, -0.3281, -0.4705, 0.795]]]> : tensor<6x2x8xf32>
  %complex_3d_table_in1 = arith.constant dense<[[(0.1996, 0.074), (-0.035, 0.7476)], [(-0.4487, 0.239), (-0.4452, -0.0336)]]> : tensor<2x2xcomplex<f32>>
  %complex_3d_table_in2 = arith.constant dense<[[(-0.8035, 0.6544), (-0.8213, -0.3267)], [(0.9438, -0.7453), (0.3176, -0.5708)], [(-0.0998, 0.0427), (0.7908, -0.993)]]> : tensor<3x2xcomplex<f32>>
  %complex_3d_table_out = call @complex_3d_table(%complex_3d_table_in0, %complex_3d_table_in1, %complex_3d_table_in2) : (tensor<6x2x8xf32>, tensor<2x2xcomplex<f32>>, tensor<3x2xcomplex<f32>>) -> tensor<6x2x8xf32>
  %complex_3d_table_b0 = bufferization.to_buffer %complex_3d_table_out : tensor<6x2x8xf32> to memref<6x2x8xf32>
  %complex_3d_table_u0 = memref.cast %complex_3d_table_b0 : memref<6x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%complex_3d_table_u0) : (memref<*xf32>) -> ()
  return
}


// -----
// freqs_cis as a constant buffer [8, D/2] cut to the (dynamic) sequence
// length, as Meta's code does with freqs_cis[:seqlen]: the complex constant
// is folded into f32 cos/sin constants (nothing complex is left to lower),
// then cut to x's sequence dim (rope.rotate needs the table rows equal to
// the dims they map from).

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#re4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 0)>
#im4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3, 1)>
#f4 = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
#id5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#c5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @freqs_cis_constant_cut
// CHECK-SAME: (%[[X:.+]]: tensor<1x?x2x4xf32>)
// CHECK-NOT: complex
// CHECK-DAG: %[[COS:.+]] = arith.constant dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.540302277, 1.000000e+00]{{.+}}> : tensor<3x2xf32>
// CHECK-DAG: %[[SIN:.+]] = arith.constant dense<{{\[\[}}0.000000e+00, 1.000000e+00], [0.841470957, 0.000000e+00]{{.+}}> : tensor<3x2xf32>
// CHECK-DAG: %[[S:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<1x?x2x4xf32>
// CHECK-DAG: %[[C:.+]] = tensor.extract_slice %[[COS]][0, 0] [%[[S]], 2] [1, 1] : tensor<3x2xf32> to tensor<?x2xf32>
// CHECK-DAG: %[[SN:.+]] = tensor.extract_slice %[[SIN]][0, 0] [%[[S]], 2] [1, 1] : tensor<3x2xf32> to tensor<?x2xf32>
// CHECK: rope.rotate interleaved %[[X]] : tensor<1x?x2x4xf32> cos_sin(%[[C]], %[[SN]] : tensor<?x2xf32>, tensor<?x2xf32>) {rotary_dim = 4 : i64
// CHECK-NOT: complex
func.func @freqs_cis_constant_cut(%xq: tensor<1x?x2x4xf32>) -> tensor<1x?x2x4xf32> {
  %c1 = arith.constant 1 : index
  %s = tensor.dim %xq, %c1 : tensor<1x?x2x4xf32>
  %table = arith.constant dense<[[(1.0, 0.0), (0.0, 1.0)], [(0.540302277, 0.841470957), (1.0, 0.0)], [(-0.416146845, 0.909297406), (0.5, 0.5)]]> : tensor<3x2xcomplex<f32>>
  %cis = tensor.extract_slice %table[0, 0] [%s, 2] [1, 1] : tensor<3x2xcomplex<f32>> to tensor<?x2xcomplex<f32>>
  %x5 = tensor.expand_shape %xq [[0], [1], [2], [3, 4]] output_shape [1, %s, 2, 2, 2] : tensor<1x?x2x4xf32> into tensor<1x?x2x2x2xf32>
  %xe = tensor.empty(%s) : tensor<1x?x2x2xcomplex<f32>>
  %xc = linalg.generic {indexing_maps = [#re4, #im4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x5, %x5 : tensor<1x?x2x2x2xf32>, tensor<1x?x2x2x2xf32>) outs(%xe : tensor<1x?x2x2xcomplex<f32>>) {
  ^bb0(%r: f32, %i: f32, %o: complex<f32>):
    %z = complex.create %r, %i : complex<f32>
    linalg.yield %z : complex<f32>
  } -> tensor<1x?x2x2xcomplex<f32>>
  %prod = linalg.generic {indexing_maps = [#id4, #f4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%xc, %cis : tensor<1x?x2x2xcomplex<f32>>, tensor<?x2xcomplex<f32>>) outs(%xe : tensor<1x?x2x2xcomplex<f32>>) {
  ^bb0(%a: complex<f32>, %b: complex<f32>, %o: complex<f32>):
    %m = complex.mul %a, %b : complex<f32>
    linalg.yield %m : complex<f32>
  } -> tensor<1x?x2x2xcomplex<f32>>
  %re = tensor.empty(%s) : tensor<1x?x2x2x2xf32>
  %real = linalg.generic {indexing_maps = [#c5, #id5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%prod : tensor<1x?x2x2xcomplex<f32>>) outs(%re : tensor<1x?x2x2x2xf32>) {
  ^bb0(%z: complex<f32>, %o: f32):
    %k = linalg.index 4 : index
    %c0 = arith.constant 0 : index
    %is0 = arith.cmpi eq, %k, %c0 : index
    %r = complex.re %z : complex<f32>
    %i = complex.im %z : complex<f32>
    %v = arith.select %is0, %r, %i : f32
    linalg.yield %v : f32
  } -> tensor<1x?x2x2x2xf32>
  %out = tensor.collapse_shape %real [[0], [1], [2], [3, 4]] : tensor<1x?x2x2x2xf32> into tensor<1x?x2x4xf32>
  return %out : tensor<1x?x2x4xf32>
}
