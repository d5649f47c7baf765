// REQUIRES: cuda-toolkit
// RUN: rope-gpu-aot %s --ptx %t.ptx
// RUN: FileCheck %s --input-file=%t.ptx --implicit-check-not=.local --implicit-check-not=st.global.b16 --implicit-check-not=st.global.v2
// RUN: %ptxas -arch=sm_90 -v %t.ptx -o %t.sm90.cubin 2>&1 | grep "stack frame" | FileCheck %s --check-prefix=PTXAS
// RUN: rope-gpu-aot %s --chip sm_80 --ptx %t.sm80.ptx
// RUN: %ptxas -arch=sm_80 -v %t.sm80.ptx -o %t.sm80.cubin 2>&1 | grep "stack frame" | FileCheck %s --check-prefix=PTXAS

// The fused kernels as PTX: one entry per site, every access of the inputs
// and outputs 128 bits wide (ld/st.global.v4.b32), no local memory (the
// sin/cos range reduction needs no table, no stack), and ptxas for sm_90
// and sm_80 assembles each without spilling.

// One line per entry, all zero.
// PTXAS-COUNT-4: 0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
// PTXAS-NOT:     bytes

// LLaMA q/k in bf16 (GQA), half layout, angle table: 2 loads of 8 angles,
// then per head 2 loads and 2 stores of 8 bf16, for q then k: the loads of
// two heads before their stores, then the remainder loop.
// CHECK-LABEL: .visible .entry rope_site_0(
// CHECK-COUNT-2: ld.global.v4.b32
// CHECK-COUNT-4: ld.global.v4.b32
// CHECK-COUNT-4: st.global.v4.b32
// CHECK-COUNT-2: ld.global.v4.b32
// CHECK-COUNT-2: st.global.v4.b32
// CHECK-COUNT-4: ld.global.v4.b32
// CHECK-COUNT-4: st.global.v4.b32
// CHECK-COUNT-2: ld.global.v4.b32
// CHECK-COUNT-2: st.global.v4.b32
// CHECK-NOT:     {{(ld|st)}}.global
func.func @llama(%q: tensor<?x32x128xbf16>, %k: tensor<?x8x128xbf16>, %t: tensor<?x64xf32>)
    -> (tensor<?x32x128xbf16>, tensor<?x8x128xbf16>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
      angles(%t : tensor<?x64xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
}

// GPT-J, f32, interleaved: 2 angles (vector<2xf32>, 64 bits) per thread,
// then one 128-bit load and store per head.
// CHECK-LABEL: .visible .entry rope_site_1(
// CHECK:          ld.global.v2.b32
// CHECK-COUNT-2:  ld.global.v4.b32
// CHECK-COUNT-2:  st.global.v4.b32
// CHECK:          ld.global.v4.b32
// CHECK:          st.global.v4.b32
// CHECK-NOT:      {{(ld|st)}}.global
func.func @gptj(%x: tensor<2x19x3x64xf32>, %t: tensor<2x19x32xf32>) -> tensor<2x19x3x64xf32> {
  %y = rope.rotate interleaved %x : tensor<2x19x3x64xf32> angles(%t : tensor<2x19x32xf32>)
       {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d1)>]}
  return %y : tensor<2x19x3x64xf32>
}

// GPT-NeoX partial rotary, bf16, per-element cos/sin: 4 x 8 f32 table
// values (8 loads), the rotary heads, then the pass-through copy, all
// 128-bit.
// CHECK-LABEL: .visible .entry rope_site_2(
// CHECK-COUNT-8: ld.global.v4.b32
// CHECK-COUNT-4: ld.global.v4.b32
// CHECK-COUNT-4: st.global.v4.b32
// CHECK-COUNT-2: ld.global.v4.b32
// CHECK-COUNT-2: st.global.v4.b32
// CHECK-COUNT-2: ld.global.v4.b32
// CHECK-COUNT-2: st.global.v4.b32
// CHECK:         ld.global.v4.b32
// CHECK:         st.global.v4.b32
// CHECK-NOT:     {{(ld|st)}}.global
func.func @neox(%x: tensor<?x4x128xbf16>, %c: tensor<?x32xf32>, %s: tensor<?x32xf32>) -> tensor<?x4x128xbf16> {
  %y = rope.rotate half %x : tensor<?x4x128xbf16> cos_sin(%c, %s : tensor<?x32xf32>, tensor<?x32xf32>)
       {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<?x4x128xbf16>
}

// f32 [batch, heads, seq, D] with an f16 cos/sin cache gathered by position:
// the position (32-bit), 4 f16 of cos and of sin (64 bits each), then
// 128-bit input and output accesses.
// CHECK-LABEL: .visible .entry rope_site_3(
// CHECK:          ld.global.b32
// CHECK-COUNT-2:  ld.global.v4.b16
// CHECK-COUNT-4:  ld.global.v4.b32
// CHECK-COUNT-4:  st.global.v4.b32
// CHECK-COUNT-2:  ld.global.v4.b32
// CHECK-COUNT-2:  st.global.v4.b32
// CHECK-NOT:      {{(ld|st)}}.global
func.func @gathered(%x: tensor<1x4x33x32xf32>, %c: tensor<128x16xf16>, %s: tensor<128x16xf16>, %p: tensor<1x33xi32>) -> tensor<1x4x33x32xf32> {
  %y = rope.rotate half %x : tensor<1x4x33x32xf32> cos_sin(%c, %s : tensor<128x16xf16>, tensor<128x16xf16>) gather(%p : tensor<1x33xi32>)
       {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %y : tensor<1x4x33x32xf32>
}
