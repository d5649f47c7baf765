// RUN: rope-opt %s --split-input-file --rope-cpu-pipeline="target-cpu=x86-64-v3" | FileCheck %s --check-prefix=AVX2
// RUN: rope-opt %s --split-input-file --rope-cpu-pipeline="target-cpu=sapphirerapids threads=2" | FileCheck %s --check-prefix=SPR
// RUN: rope-opt %s --split-input-file --rope-cpu-pipeline="target-cpu=x86-64-v3 vector-bits=128" | FileCheck %s --check-prefix=SSE

// The whole CPU path to the LLVM dialect. AVX2 (x86-64-v3): 8-lane f32
// vectors and FMAs, no libm sin/cos, single-threaded by default (no OpenMP:
// the output runs with the standard runner utils), every function tagged
// with the CPU. Sapphire Rapids with threads=2: 16 lanes, the row loop in
// an OpenMP parallel worksharing loop on 2 threads (8 MiB moved: above the
// sequential threshold). vector-bits overrides
// the width the CPU implies.

// AVX2-LABEL: llvm.func @rope
//  AVX2-SAME:   target_cpu = "x86-64-v3"
//   AVX2-NOT:   omp.
//       AVX2:   llvm.intr.fma({{.*}}) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
//       AVX2:   llvm.load {{.*}} -> vector<8xf32>
//       AVX2:   llvm.store {{.*}} : vector<8xf32>, !llvm.ptr
//   AVX2-NOT:   @sinf
//   AVX2-NOT:   @cosf

// SPR-LABEL: llvm.func @rope
//  SPR-SAME:   target_cpu = "sapphirerapids"
//       SPR:   omp.parallel num_threads(%{{.+}} : i32)
//       SPR:     omp.wsloop
//       SPR:       llvm.intr.fma({{.*}}) : (vector<16xf32>, vector<16xf32>, vector<16xf32>) -> vector<16xf32>

// SSE-LABEL: llvm.func @rope
//       SSE:   llvm.intr.fma({{.*}}) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
func.func @rope(%q: tensor<1x32x256x128xf32>, %pos: tensor<1x256xi64>) -> tensor<1x32x256x128xf32> {
  %t = rope.freqs %pos {dim = 128 : i64} : tensor<1x256xi64>
  %q2 = rope.rotate half %q : tensor<1x32x256x128xf32> angles(%t : tensor<1x256x64xf32>)
      {rotary_dim = 128 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %q2 : tensor<1x32x256x128xf32>
}

// -----

// bf16 storage, vectors of two f32 registers: with AVX512-BF16 (Sapphire
// Rapids) f32 -> bf16 stays an fptrunc (one vcvtneps2bf16 per register);
// without it (x86-64-v3) rope-cpu-expand-bf16-truncations turns it into
// integer rounding whose NaN select is on the 32-bit lanes, then one
// truncation to 16 bits (which vectorizes; upstream's arith-expand selects
// on the 16-bit values, which LLVM scalarizes).

// AVX2-LABEL: llvm.func @rope_bf16
//   AVX2-NOT:   llvm.fptrunc
//       AVX2:   llvm.select %{{.+}} : vector<16xi1>, vector<16xi32>
//       AVX2:   llvm.trunc %{{.+}} : vector<16xi32> to vector<16xi16>
//   AVX2-NOT:   llvm.select %{{.+}} : vector<16xi1>, vector<16xi16>
//       AVX2:   llvm.return

// SPR-LABEL: llvm.func @rope_bf16
//       SPR:   llvm.fptrunc %{{.+}} : vector<32xf32> to vector<32xbf16>
func.func @rope_bf16(%q: tensor<64x4x64xbf16>) -> tensor<64x4x64xbf16> {
  %t = rope.freqs length 64 {dim = 64 : i64}
  %q2 = rope.rotate half %q : tensor<64x4x64xbf16> angles(%t : tensor<64x32xf32>)
      {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %q2 : tensor<64x4x64xbf16>
}

// -----

// Results materialized into the caller's buffers (destination passing, as
// the benchmark and host runtimes call kernels): q and k have one shape, so
// CSE would merge their empty outputs; the kernels must still write straight
// into both destinations, with no allocation and no copy.

// AVX2-LABEL: llvm.func @into_destinations
//   AVX2-NOT:   @malloc
//   AVX2-NOT:   memcpy
//       AVX2:   llvm.return
func.func @into_destinations(%q: memref<1x4x1x64xf32>, %k: memref<1x4x1x64xf32>, %p: memref<1x1xi64>,
                             %qo: memref<1x4x1x64xf32>, %ko: memref<1x4x1x64xf32>) {
  %qt = bufferization.to_tensor %q restrict : memref<1x4x1x64xf32> to tensor<1x4x1x64xf32>
  %kt = bufferization.to_tensor %k restrict : memref<1x4x1x64xf32> to tensor<1x4x1x64xf32>
  %pt = bufferization.to_tensor %p restrict : memref<1x1xi64> to tensor<1x1xi64>
  %t = rope.freqs %pt {dim = 64 : i64} : tensor<1x1xi64>
  %q2, %k2 = rope.rotate half %qt, %kt : tensor<1x4x1x64xf32>, tensor<1x4x1x64xf32>
      angles(%t : tensor<1x1x32xf32>)
      {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                                            affine_map<(d0, d1, d2) -> (d0, d2)>]}
  bufferization.materialize_in_destination %q2 in restrict writable %qo
      : (tensor<1x4x1x64xf32>, memref<1x4x1x64xf32>) -> ()
  bufferization.materialize_in_destination %k2 in restrict writable %ko
      : (tensor<1x4x1x64xf32>, memref<1x4x1x64xf32>) -> ()
  return
}
