// RUN: rope-opt %s --split-input-file --convert-rope-to-cpu="vector-bits=512 min-parallel-bytes=0" \
// RUN:   --eliminate-empty-tensors \
// RUN:   --one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --cse --canonicalize --rope-cpu-streaming-stores="min-bytes=0" | FileCheck %s
// RUN: rope-opt %s --split-input-file --convert-rope-to-cpu="vector-bits=512 min-parallel-bytes=0" \
// RUN:   --eliminate-empty-tensors \
// RUN:   --one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --cse --canonicalize --rope-cpu-streaming-stores | FileCheck %s --check-prefix=SMALL

// A kernel writing into the caller's buffers: each input's head loop nest is
// versioned on its output slice starting on a 64-byte line; the aligned copy
// writes with non-temporal LLVM stores (bf16 as i16, rounded with integer
// ops, the NaN select on the 32-bit lanes: a bitcast of a bf16 vector would
// be folded into the store by LLVM, and x86 drops the non-temporal hint of
// bf16 vector stores), the other keeps the vector writes and the native
// truncation. bf16 vectors are two f32 registers wide (32 lanes with
// vector-bits=512): one full register of bf16 per store. The per-tile
// sin/cos scratch is never streamed (it must stay cached), and a fence
// follows the kernel. Below min-bytes (32 MiB by default) nothing changes.

// CHECK-LABEL: func.func @llama_bf16
//       CHECK:   scf.forall
//       CHECK:     memref.alloc() {{.*}} : memref<32x4x32xf32>
//       CHECK:     vector.transfer_write {{.*}} : vector<32xf32>, memref<32x4x32xf32>
//   CHECK-NOT:     nontemporal
//       CHECK:     %[[PTR:.+]] = memref.extract_aligned_pointer_as_index %[[OUT:.+]] :
//       CHECK:     %[[REM:.+]] = arith.remui %{{.+}}, %c64
//       CHECK:     %[[OK:.+]] = arith.cmpi eq, %[[REM]], %c0
//       CHECK:     scf.if %[[OK]] {
//       CHECK:       scf.for
//   CHECK-NOT:         arith.truncf
//       CHECK:         %[[NAN:.+]] = arith.cmpf uno
//       CHECK:         %[[SEL:.+]] = arith.select %[[NAN]], %{{.+}} : vector<32xi1>, vector<32xi32>
//       CHECK:         %[[HIGH:.+]] = arith.shrui %[[SEL]]
//       CHECK:         %[[BITS:.+]] = arith.trunci %[[HIGH]] : vector<32xi32> to vector<32xi16>
//       CHECK:         llvm.store %[[BITS]], %{{.+}} {alignment = 64 : i64, nontemporal} : vector<32xi16>, !llvm.ptr
//   CHECK-NOT:         arith.truncf
//       CHECK:     } else {
//       CHECK:       scf.for
//   CHECK-NOT:         nontemporal
//       CHECK:         arith.truncf %{{.+}} : vector<32xf32> to vector<32xbf16>
//       CHECK:         vector.transfer_write {{.*}} : vector<32xbf16>, memref<4x?x128xbf16
//   CHECK-NOT:   memref.copy
//       CHECK:   llvm.fence seq_cst
//  CHECK-NEXT:   return

// SMALL-LABEL: func.func @llama_bf16
//   SMALL-NOT:   scf.if
//   SMALL-NOT:   nontemporal
//   SMALL-NOT:   llvm.fence
func.func @llama_bf16(%q: memref<1x4x64x128xbf16>, %p: memref<1x64xi64>, %qo: memref<1x4x64x128xbf16>) {
  %qt = bufferization.to_tensor %q restrict : memref<1x4x64x128xbf16> to tensor<1x4x64x128xbf16>
  %pt = bufferization.to_tensor %p restrict : memref<1x64xi64> to tensor<1x64xi64>
  %t = rope.freqs %pt {dim = 128 : i64} : tensor<1x64xi64>
  %q2 = rope.rotate half %qt : tensor<1x4x64x128xbf16> angles(%t : tensor<1x64x64xf32>)
      {rotary_dim = 128 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>]}
  bufferization.materialize_in_destination %q2 in restrict writable %qo
      : (tensor<1x4x64x128xbf16>, memref<1x4x64x128xbf16>) -> ()
  return
}

// -----

// Near miss: 24 f32 channels make 96-byte rows, so rows after the first do
// not start on a line and the writes cannot stream: no version.

// CHECK-LABEL: func.func @rows_off_lines
//   CHECK-NOT:   scf.if
//   CHECK-NOT:   nontemporal
func.func @rows_off_lines(%x: memref<4x64x24xf32>, %xo: memref<4x64x24xf32>) {
  %xt = bufferization.to_tensor %x restrict : memref<4x64x24xf32> to tensor<4x64x24xf32>
  %t = rope.freqs length 64 {dim = 24 : i64}
  %y = rope.rotate half %xt : tensor<4x64x24xf32> angles(%t : tensor<64x12xf32>)
      {rotary_dim = 24 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  bufferization.materialize_in_destination %y in restrict writable %xo
      : (tensor<4x64x24xf32>, memref<4x64x24xf32>) -> ()
  return
}
