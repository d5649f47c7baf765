// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// cos/sin tables given by the model, used exactly as given: per element
// ([S, R], HF's cat(freqs, freqs) layout; here arbitrary values whose two
// halves differ, so an implementation that assumed equal halves or recomputed
// the angle would fail) in f32 and in f16 storage, and per pair ([S, R/2])
// with the interleaved layout and partial rotary.
// Tolerance: f32 math against f64, and printMemrefF32's 6 significant digits.

// REF: x = const("x")
// REF: outputs = [ref.rotate(x, 8, "half", cos=const("c"), sin=const("s"), table_map=[0]),
// REF:            ref.rotate(x, 8, "half", cos=const("ch"), sin=const("sh"), table_map=[0]),
// REF:            ref.rotate(x, 6, "interleaved", cos=const("cp"), sin=const("sp"), table_map=[0])]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %x = arith.constant dense<[[[0.9083, 0.5359, -0.7481, 0.654, 0.6981, -0.3004, 0.0228, 0.205], [-0.3223, 0.2436, 0.465, 0.7222, -0.3244, -0.1414, 0.1884, 0.9514]], [[0.8557, -0.883, 0.53, -0.6849, -0.4449, 0.1673, 0.5588, -0.6532], [0.8534, -0.3032, 0.6749, 0.794, -0.5442, -0.6727, 0.7567, -0.7071]], [[0.5792, 0.9886, -0.8369, 0.1333, -0.2962, 0.4183, 0.7598, -0.3558], [-0.3443, -0.4994, 0.7021, 0.5297, 0.7233, 0.1143, 0.7768, -0.7401]]]> : tensor<3x2x8xf32>
  %c = arith.constant dense<[[0.5479, -0.1222, 0.7172, 0.3947, -0.8116, 0.9512, 0.5223, 0.5721], [-0.7438, -0.0992, -0.2584, 0.8535, 0.2877, 0.6455, -0.1132, -0.5455], [0.1092, -0.8724, 0.6553, 0.2633, 0.5162, -0.2909, 0.9414, 0.7862]]> : tensor<3x8xf32>
  %s = arith.constant dense<[[0.3046, -0.9124, -0.9599, 0.6784, 0.1743, -0.5506, 0.5036, -0.4726], [-0.16, -0.0979, 0.9106, 0.7838, -0.4427, -0.4429, -0.156, -0.9918], [-0.3822, 0.9035, 0.6764, 0.0703, -0.029, 0.8903, 0.1863, 0.8857]]> : tensor<3x8xf32>
  %ch = arith.constant dense<[[-0.7549, -0.4838, -0.1885, 0.9384, -0.6754, 0.7146, -0.6739, -0.3241], [0.3554, 0.2331, 0.9099, -0.1772, 0.8793, 0.8535, 0.4311, -0.9611], [0.5948, 0.8015, 0.0477, -0.6057, -0.6384, 0.6908, -0.8255, 0.0924]]> : tensor<3x8xf16>
  %sh = arith.constant dense<[[0.1463, 0.057, 0.5273, 0.6234, 0.0205, 0.5587, 0.5922, 0.1895], [-0.1828, 0.3426, 0.2549, 0.6802, 0.4483, 0.058, 0.9281, -0.0625], [0.6222, 0.7306, 0.2597, -0.9062, -0.8902, -0.7602, 0.4046, -0.9118]]> : tensor<3x8xf16>
  %cp = arith.constant dense<[[0.8112, -0.8455, -0.4549], [0.2437, 0.8681, -0.8301], [0.2585, 0.5511, 0.0229]]> : tensor<3x3xf32>
  %sp = arith.constant dense<[[0.4836, 0.5073, -0.0696], [-0.7925, 0.9337, -0.3585], [-0.5993, 0.7155, 0.0263]]> : tensor<3x3xf32>
  %a = rope.rotate half %x : tensor<3x2x8xf32> cos_sin(%c, %s : tensor<3x8xf32>, tensor<3x8xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %b = rope.rotate half %x : tensor<3x2x8xf32> cos_sin(%ch, %sh : tensor<3x8xf16>, tensor<3x8xf16>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %p = rope.rotate interleaved %x : tensor<3x2x8xf32> cos_sin(%cp, %sp : tensor<3x3xf32>, tensor<3x3xf32>)
       {rotary_dim = 6 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %pb1 = bufferization.to_buffer %a : tensor<3x2x8xf32> to memref<3x2x8xf32>
  %pu1 = memref.cast %pb1 : memref<3x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %b : tensor<3x2x8xf32> to memref<3x2x8xf32>
  %pu2 = memref.cast %pb2 : memref<3x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  %pb3 = bufferization.to_buffer %p : tensor<3x2x8xf32> to memref<3x2x8xf32>
  %pu3 = memref.cast %pb3 : memref<3x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu3) : (memref<*xf32>) -> ()
  return
}
