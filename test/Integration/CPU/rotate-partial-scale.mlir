// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Partial rotary (GPT-NeoX rotary_pct): 6 of 10 channels rotate, 4 pass
// through, in both layouts; an attention scale (YaRN's mscale); and
// rotary_dim 0, which rotates nothing.

// REF: t = ref.freqs(const("pos"), 6)
// REF: x = const("x")
// REF: outputs = [ref.rotate(x, 6, "half", angles=t, table_map=[0], scale=1.25),
// REF:            ref.rotate(x, 6, "interleaved", angles=t, table_map=[0]),
// REF:            x]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %pos = arith.constant dense<[0, 3, 17, 250]> : tensor<4xi32>
  %x = arith.constant dense<[[[-0.4984, 0.8935, -0.6214, -0.6414, -0.3002, -0.5389, 0.3409, -0.7698, 0.7926, 0.7163], [-0.9943, 0.0829, -0.7863, -0.4841, -0.1662, -0.0928, -0.0637, 0.855, -0.4825, -0.6242]], [[0.341, 0.8932, 0.8456, 0.7605, -0.8713, 0.8734, 0.2985, 0.7431, -0.1838, -0.5612], [0.5859, 0.3233, 0.5577, -0.5973, -0.7313, 0.5273, -0.9595, 0.8912, -0.7298, 0.2002]], [[-0.162, -0.3522, -0.6595, 0.5608, 0.829, 0.4577, 0.2006, 0.4229, 0.0722, 0.1165], [0.8122, -0.4347, -0.5556, 0.8939, 0.8862, -0.048, 0.6016, 0.4865, 0.8985, -0.8366]], [[0.7963, 0.0002, -0.1021, 0.3735, 0.233, -0.1269, -0.4178, 0.8373, 0.6376, -0.7951], [-0.1911, 0.5268, 0.7581, 0.9245, -0.5186, 0.7835, 0.3897, -0.8636, -0.5787, -0.6226]]]> : tensor<4x2x10xf32>
  %empty = arith.constant dense<0.0> : tensor<4x0xf32>
  %t = rope.freqs %pos {dim = 6 : i64} : tensor<4xi32>
  %a = rope.rotate half %x : tensor<4x2x10xf32> angles(%t : tensor<4x3xf32>)
       {rotary_dim = 6 : i64, scale = 1.25 : f32, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %b = rope.rotate interleaved %x : tensor<4x2x10xf32> angles(%t : tensor<4x3xf32>)
       {rotary_dim = 6 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %c = rope.rotate half %x : tensor<4x2x10xf32> angles(%empty : tensor<4x0xf32>)
       {rotary_dim = 0 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %pb1 = bufferization.to_buffer %a : tensor<4x2x10xf32> to memref<4x2x10xf32>
  %pu1 = memref.cast %pb1 : memref<4x2x10xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %b : tensor<4x2x10xf32> to memref<4x2x10xf32>
  %pu2 = memref.cast %pb2 : memref<4x2x10xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  %pb3 = bufferization.to_buffer %c : tensor<4x2x10xf32> to memref<4x2x10xf32>
  %pu3 = memref.cast %pb3 : memref<4x2x10xf32> to memref<*xf32>
  call @printMemrefF32(%pu3) : (memref<*xf32>) -> ()
  return
}
