// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// emitSinCos on the angles LLaMA computes (head_dim 128, theta 10000) at
// positions up to 131072, where angles reach 131072 rad: rotating the pairs
// (1, 0) by them gives (cos, sin) of every angle, through the whole fused
// CPU path (angles from positions in the kernel, range reduction,
// polynomials). Positions: the first and last eight, the 48 whose angles
// the f32 emulation in test/Dialect/Rope/Utils/sincos-minimax.py finds
// worst, and random ones. Reference: f64 cos/sin of the same f32 angle
// (rope_ref); the bound the ops promise is 2e-6 absolute (approximations
// without range reduction are off by 1e-2 here). Printing keeps 6
// significant digits (<= 5e-7 for |v| < 1).

// REF: pos = const("pos")
// REF: x = np.tile(np.array([1.0, 0.0], dtype=np.float32), (128, 64))
// REF: outputs = [ref.rotate(x, 128, "interleaved", angles=ref.freqs(pos, 128), table_map=[0])]
// REF: tol = 2e-6

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %pos = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 338, 6929, 6949, 7936, 8334, 8611, 10595, 11827, 12044, 17484, 17961, 18277, 21607, 22875, 23290, 25337, 26326, 27229, 28449, 28567, 28790, 29186, 29330, 30562, 34531, 34565, 36032, 37110, 38861, 39837, 44329, 45867, 47727, 48461, 49347, 50797, 52496, 53510, 55569, 56426, 59444, 60825, 61472, 61529, 62541, 64700, 65256, 65335, 65368, 65566, 67021, 68319, 68431, 71296, 75169, 75484, 75683, 76140, 77252, 77308, 79146, 79607, 79804, 80766, 81271, 82178, 82862, 83340, 84040, 84415, 87249, 88002, 88602, 91071, 91643, 92388, 92736, 92763, 93378, 95217, 95905, 95956, 96033, 103409, 104421, 105107, 108466, 112141, 114247, 115527, 115850, 117646, 118256, 118836, 120337, 120361, 120440, 121770, 121879, 123266, 123576, 123609, 125644, 126414, 127000, 127178, 127252, 127561, 127947, 127959, 128995, 129075, 131065, 131066, 131067, 131068, 131069, 131070, 131071, 131072]> : tensor<128xi64>
  %empty = tensor.empty() : tensor<128x128xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
      outs(%empty : tensor<128x128xf32>) {
  ^bb0(%out: f32):
    %c = linalg.index 1 : index
    %c2 = arith.constant 2 : index
    %odd = arith.remui %c, %c2 : index
    %c0 = arith.constant 0 : index
    %first = arith.cmpi eq, %odd, %c0 : index
    %one = arith.constant 1.0 : f32
    %zero = arith.constant 0.0 : f32
    %v = arith.select %first, %one, %zero : f32
    linalg.yield %v : f32
  } -> tensor<128x128xf32>
  %t = rope.freqs %pos {dim = 128 : i64} : tensor<128xi64>
  %y = rope.rotate interleaved %x : tensor<128x128xf32> angles(%t : tensor<128x64xf32>)
       {rotary_dim = 128 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  %yb = bufferization.to_buffer %y : tensor<128x128xf32> to memref<128x128xf32>
  %yu = memref.cast %yb : memref<128x128xf32> to memref<*xf32>
  call @printMemrefF32(%yu) : (memref<*xf32>) -> ()
  return
}
