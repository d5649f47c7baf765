// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Positions of every element type and rank: fractional f32/f16/bf16/f64
// positions (interpolated grids), i8/i32/index integers (negative ones too),
// a rank-0 position, rank-3 positions, and the length form.
// Tolerance: f32 math against f64, and printMemrefF32's 6 significant digits.

// REF: f = lambda p: ref.freqs(p, 8, theta=100.0)
// REF: outputs = [f(const("pf32")), f(const("pf16")), f(const("pbf16")), f(const("pf64")),
// REF:            f(const("pi8")), f(const("pi32")), f(const("pidx")), f(const("p0")),
// REF:            f(np.arange(3))]
// REF: tol = 2e-6
// REF: rtol = 1e-5

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %pf32 = arith.constant dense<[0.0, 0.5, 2.25, 1000.125]> : tensor<4xf32>
  %pf16 = arith.constant dense<[[0.0, 0.3333], [7.75, 1500.5]]> : tensor<2x2xf16>
  %pbf16 = arith.constant dense<[0.0, 1.1, 37.0, 300.0]> : tensor<4xbf16>
  %pf64 = arith.constant dense<[0.1, 1.0e+04]> : tensor<2xf64>
  %pi8 = arith.constant dense<[-128, -1, 0, 127]> : tensor<4xi8>
  %pi32 = arith.constant dense<[[[0, 1], [2, 65535]], [[-7, 12], [100000, 3]]]> : tensor<2x2x2xi32>
  %pidx = arith.constant dense<[0, 5, 4096]> : tensor<3xindex>
  %p0 = arith.constant dense<42> : tensor<i64>
  %a = rope.freqs %pf32 {dim = 8 : i64, theta = 100.0 : f64} : tensor<4xf32>
  %b = rope.freqs %pf16 {dim = 8 : i64, theta = 100.0 : f64} : tensor<2x2xf16>
  %c = rope.freqs %pbf16 {dim = 8 : i64, theta = 100.0 : f64} : tensor<4xbf16>
  %d = rope.freqs %pf64 {dim = 8 : i64, theta = 100.0 : f64} : tensor<2xf64>
  %e = rope.freqs %pi8 {dim = 8 : i64, theta = 100.0 : f64} : tensor<4xi8>
  %f = rope.freqs %pi32 {dim = 8 : i64, theta = 100.0 : f64} : tensor<2x2x2xi32>
  %g = rope.freqs %pidx {dim = 8 : i64, theta = 100.0 : f64} : tensor<3xindex>
  %h = rope.freqs %p0 {dim = 8 : i64, theta = 100.0 : f64} : tensor<i64>
  %i = rope.freqs length 3 {dim = 8 : i64, theta = 100.0 : f64}
  %pb1 = bufferization.to_buffer %a : tensor<4x4xf32> to memref<4x4xf32>
  %pu1 = memref.cast %pb1 : memref<4x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu1) : (memref<*xf32>) -> ()
  %pb2 = bufferization.to_buffer %b : tensor<2x2x4xf32> to memref<2x2x4xf32>
  %pu2 = memref.cast %pb2 : memref<2x2x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu2) : (memref<*xf32>) -> ()
  %pb3 = bufferization.to_buffer %c : tensor<4x4xf32> to memref<4x4xf32>
  %pu3 = memref.cast %pb3 : memref<4x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu3) : (memref<*xf32>) -> ()
  %pb4 = bufferization.to_buffer %d : tensor<2x4xf32> to memref<2x4xf32>
  %pu4 = memref.cast %pb4 : memref<2x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu4) : (memref<*xf32>) -> ()
  %pb5 = bufferization.to_buffer %e : tensor<4x4xf32> to memref<4x4xf32>
  %pu5 = memref.cast %pb5 : memref<4x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu5) : (memref<*xf32>) -> ()
  %pb6 = bufferization.to_buffer %f : tensor<2x2x2x4xf32> to memref<2x2x2x4xf32>
  %pu6 = memref.cast %pb6 : memref<2x2x2x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu6) : (memref<*xf32>) -> ()
  %pb7 = bufferization.to_buffer %g : tensor<3x4xf32> to memref<3x4xf32>
  %pu7 = memref.cast %pb7 : memref<3x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu7) : (memref<*xf32>) -> ()
  %pb8 = bufferization.to_buffer %h : tensor<4xf32> to memref<4xf32>
  %pu8 = memref.cast %pb8 : memref<4xf32> to memref<*xf32>
  call @printMemrefF32(%pu8) : (memref<*xf32>) -> ()
  %pb9 = bufferization.to_buffer %i : tensor<3x4xf32> to memref<3x4xf32>
  %pu9 = memref.cast %pb9 : memref<3x4xf32> to memref<*xf32>
  call @printMemrefF32(%pu9) : (memref<*xf32>) -> ()
  return
}
