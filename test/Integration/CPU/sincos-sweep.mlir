// RUN: rope-opt %s --rope-cpu-pipeline | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// Every angle LLaMA computes (head_dim 128, theta 10000) at every position
// 0..131072, 8.4M angles up to 131072 rad: the fused kernel rotates pairs
// (1, 0) to (cos, sin) of each, and the module itself reduces the worst
// absolute difference to glibc's f64 cos/sin (correctly rounded to f64) of
// the same f32 angle, which %t holds (the reference lowering materializes
// it for this second user, with the same f32 multiply as the kernel). The
// ops promise 2e-6; the f32 emulation of the algorithm gives 9.2e-8.

// REF: outputs = [np.array(0.0)]
// REF: tol = 2e-6

func.func private @printMemrefF64(memref<*xf64>)

func.func @main() {
  %empty = tensor.empty() : tensor<131073x128xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
      outs(%empty : tensor<131073x128xf32>) {
  ^bb0(%out: f32):
    %c = linalg.index 1 : index
    %c2 = arith.constant 2 : index
    %parity = arith.remui %c, %c2 : index
    %c0 = arith.constant 0 : index
    %first = arith.cmpi eq, %parity, %c0 : index
    %one = arith.constant 1.0 : f32
    %zero = arith.constant 0.0 : f32
    %v = arith.select %first, %one, %zero : f32
    linalg.yield %v : f32
  } -> tensor<131073x128xf32>
  %t = rope.freqs length 131073 {dim = 128 : i64}
  %y = rope.rotate interleaved %x : tensor<131073x128xf32> angles(%t : tensor<131073x64xf32>)
       {rotary_dim = 128 : i64, table_maps = [affine_map<(d0) -> (d0)>]}

  %zero = arith.constant 0.0 : f64
  %e0 = tensor.empty() : tensor<f64>
  %init = linalg.fill ins(%zero : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %err = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>,
                                          affine_map<(d0, d1) -> ()>],
                         iterator_types = ["reduction", "reduction"]}
      ins(%t : tensor<131073x64xf32>) outs(%init : tensor<f64>) {
  ^bb0(%angle: f32, %acc: f64):
    %p = linalg.index 0 : index
    %i = linalg.index 1 : index
    %c1 = arith.constant 1 : index
    %ci = arith.addi %i, %i : index
    %si = arith.addi %ci, %c1 : index
    %c = tensor.extract %y[%p, %ci] : tensor<131073x128xf32>
    %s = tensor.extract %y[%p, %si] : tensor<131073x128xf32>
    %a = arith.extf %angle : f32 to f64
    %cr = math.cos %a : f64
    %sr = math.sin %a : f64
    %c64 = arith.extf %c : f32 to f64
    %s64 = arith.extf %s : f32 to f64
    %dc = arith.subf %c64, %cr : f64
    %ds = arith.subf %s64, %sr : f64
    %ec = math.absf %dc : f64
    %es = math.absf %ds : f64
    %e = arith.maximumf %ec, %es : f64
    %m = arith.maximumf %acc, %e : f64
    linalg.yield %m : f64
  } -> tensor<f64>
  %eb = bufferization.to_buffer %err : tensor<f64> to memref<f64>
  %eu = memref.cast %eb : memref<f64> to memref<*xf64>
  call @printMemrefF64(%eu) : (memref<*xf64>) -> ()
  return
}
