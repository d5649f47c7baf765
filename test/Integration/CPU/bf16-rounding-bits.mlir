// RUN: rope-opt %s --rope-cpu-expand-bf16-truncations --rope-cpu-pipeline | %run_cpu | FileCheck %s

// The integer f32 -> bf16 rounding of rope-cpu-expand-bf16-truncations
// (every bf16 result on targets without AVX512-BF16, and every streaming
// store), bit for bit, as a vector and as scalars: ties to even (the
// second and third values are ties, the kept halves even and odd), just
// above and below a tie, signs, infinities, the largest finite f32 rounding
// up to infinity, and NaNs whose payload would carry into the sign (0x7fffffff)
// or round to infinity (the signalling 0x7f800001) if the rounding increment
// were added to them: every NaN becomes the quiet NaN 0x7fc0. The last two
// are a subnormal tie rounding to even (0x0002) and -0.

func.func @main() {
  %bits = arith.constant dense<[1065353216, 1065385984, 1065451520, 1065385985, 1065385983, -1077936128, 2139095040, -8388608, 2139095039, 2139062271, 2143289344, 2139095041, 2147483647, -4194303, 98304, -2147483648]> : vector<16xi32>
  %x = vector.bitcast %bits : vector<16xi32> to vector<16xf32>
  %u = func.call @round_vector(%x) : (vector<16xf32>) -> vector<16xi32>
  // CHECK: ( 16256, 16256, 16258, 16257, 16256, 49088, 32640, 65408, 32640, 32639, 32704, 32704, 32704, 32704, 2, 32768 )
  vector.print %u : vector<16xi32>
  // Scalars: the sNaN, the largest finite f32 and an odd tie.
  %snan = vector.extract %x[11] : f32 from vector<16xf32>
  %max = vector.extract %x[8] : f32 from vector<16xf32>
  %tie = vector.extract %x[2] : f32 from vector<16xf32>
  // CHECK-NEXT: 32704
  // CHECK-NEXT: 32640
  // CHECK-NEXT: 16258
  func.call @print_bf16(%snan) : (f32) -> ()
  func.call @print_bf16(%max) : (f32) -> ()
  func.call @print_bf16(%tie) : (f32) -> ()
  return
}

// In functions, so that the rounding is not folded away at compile time.
func.func @round_vector(%x: vector<16xf32>) -> vector<16xi32> {
  %b = arith.truncf %x : vector<16xf32> to vector<16xbf16>
  %i = vector.bitcast %b : vector<16xbf16> to vector<16xi16>
  %u = arith.extui %i : vector<16xi16> to vector<16xi32>
  return %u : vector<16xi32>
}

func.func @print_bf16(%x: f32) {
  %b = arith.truncf %x : f32 to bf16
  %i = arith.bitcast %b : bf16 to i16
  %u = arith.extui %i : i16 to i32
  vector.print %u : i32
  return
}
