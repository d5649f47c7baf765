// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Multimodal RoPE: per-token (t, h, w) positions [B, S, 3] with sections
// that assign the 8 frequency slots of dim 16 to the axes, chunked as in
// Qwen2-VL (slots TTTT HH WW) and interleaved as in Qwen3-VL (T H W T H W T
// T), each table then rotating q [B, S, H, D] (half layout, the Qwen form).
// Tolerance: f32 math against f64, and printMemrefF32's 6 significant digits.

// REF: pos = const("pos")
// REF: assert list(ref.slot_axes(8, [4, 2, 2], interleaved=True)) == [0, 1, 2, 0, 1, 2, 0, 0]
// REF: assert list(ref.slot_axes(8, [4, 2, 2])) == [0, 0, 0, 0, 1, 1, 2, 2]
// REF: c = ref.freqs(pos, 16, sections=[4, 2, 2])
// REF: i = ref.freqs(pos, 16, sections=[4, 2, 2], interleaved=True)
// REF: q = const("q")
// REF: outputs = [c, i, ref.rotate(q, 16, "half", angles=c, table_map=[0, 1]),
// REF:            ref.rotate(q, 16, "half", angles=i, table_map=[0, 1])]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %pos = arith.constant dense<[[[12, 31, 15], [24, 18, 28], [13, 3, 11]], [[25, 24, 39], [9, 16, 37], [4, 28, 38]]]> : tensor<2x3x3xi64>
  %q = arith.constant dense<[[[[-0.2673, -0.6014, -0.8229, 0.3064, -0.0813, 0.9754, 0.7031, 0.6739, -0.8971, 0.1107, 0.2149, -0.8997, -0.0453, -0.3409, -0.567, 0.594], [-0.1582, -0.7936, -0.2619, 0.8297, -0.2208, -0.6253, -0.8665, 0.0243, 0.3351, -0.1744, 0.6966, 0.049, 0.5949, 0.1303, 0.1816, -0.175]], [[-0.7806, 0.4092, 0.7168, 0.4501, -0.1609, -0.8258, -0.6284, 0.1025, 0.3177, -0.9472, 0.8858, 0.4292, 0.4448, 0.9763, 0.2416, -0.0151], [-0.5512, 0.3705, 0.3987, 0.9054, 0.8679, -0.0174, 0.7051, 0.9161, -0.1665, 0.2128, 0.187, -0.0391, -0.0619, -0.5569, -0.6248, -0.3833]], [[0.1841, 0.319, 0.6387, -0.4261, 0.0316, -0.0933, -0.659, 0.9635, -0.329, 0.3815, 0.3829, 0.5417, 0.6668, 0.8929, -0.3583, 0.3368], [-0.3664, -0.4042, 0.5856, 0.499, 0.4638, -0.7544, 0.9344, 0.2566, -0.0702, 0.8257, -0.7766, -0.3974, -0.7137, -0.3451, 0.5736, -0.7004]]], [[[0.5227, 0.196, -0.3408, 0.6995, -0.915, -0.5129, 0.0005, -0.1995, -0.2305, 0.9944, 0.0981, 0.3223, -0.0883, -0.6026, -0.792, 0.5112], [0.4462, 0.9833, -0.4974, -0.2125, -0.2495, 0.1474, -0.9036, 0.5948, 0.4656, -0.8118, 0.4247, -0.3215, -0.1356, -0.597, 0.376, 0.1557]], [[-0.9541, -0.7009, 0.4648, -0.7312, -0.0664, 0.3383, -0.6606, -0.0043, -0.1596, -0.7192, 0.5774, -0.835, 0.6531, -0.3482, -0.2815, -0.5518], [0.7091, 0.9951, -0.6232, 0.2571, -0.9137, -0.2046, -0.5602, 0.2647, -0.5943, 0.2244, 0.9225, -0.4998, -0.743, 0.7134, -0.8923, 0.4802]], [[0.7823, -0.7302, 0.0305, 0.9512, -0.6991, 0.6684, 0.3438, -0.8557, -0.6586, 0.8475, -0.8691, -0.288, -0.9304, -0.4846, -0.5721, 0.5807], [-0.8388, -0.7773, 0.0848, -0.601, 0.0393, -0.8941, -0.6256, -0.3137, 0.4379, 0.6563, -0.6214, 0.013, 0.7108, 0.0664, 0.5834, 0.7025]]]]> : tensor<2x3x2x16xf32>
  %c = rope.freqs %pos {dim = 16 : i64, sections = array<i64: 4, 2, 2>} : tensor<2x3x3xi64>
  %i = rope.freqs %pos {dim = 16 : i64, sections = array<i64: 4, 2, 2>, interleaved_sections} : tensor<2x3x3xi64>
  %qc = rope.rotate half %q : tensor<2x3x2x16xf32> angles(%c : tensor<2x3x8xf32>)
        {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d1)>]}
  %qi = rope.rotate half %q : tensor<2x3x2x16xf32> angles(%i : tensor<2x3x8xf32>)
        {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d1)>]}
  %pb1 = bufferization.to_buffer %c : tensor<2x3x8xf32> to memref<2x3x8xf32>
  %pu1 = memref.cast %pb1 : memref<2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %i : tensor<2x3x8xf32> to memref<2x3x8xf32>
  %pu2 = memref.cast %pb2 : memref<2x3x8xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  %pb3 = bufferization.to_buffer %qc : tensor<2x3x2x16xf32> to memref<2x3x2x16xf32>
  %pu3 = memref.cast %pb3 : memref<2x3x2x16xf32> to memref<*xf32>
  call @printMemrefF32(%pu3) : (memref<*xf32>) -> ()
  %pb4 = bufferization.to_buffer %qi : tensor<2x3x2x16xf32> to memref<2x3x2x16xf32>
  %pu4 = memref.cast %pb4 : memref<2x3x2x16xf32> to memref<*xf32>
  call @printMemrefF32(%pu4) : (memref<*xf32>) -> ()
  return
}
