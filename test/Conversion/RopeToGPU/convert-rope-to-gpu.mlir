// RUN: rope-opt %s --split-input-file --convert-rope-to-gpu --canonicalize | FileCheck %s

// LLaMA q/k with grouped-query attention, bf16, half layout, dynamic token
// count: one kernel for both inputs, 128-bit accesses (vector<8xbf16>), both
// halves of a thread's pairs loaded before any store, cos/sin from the
// range-reduced polynomial (math.fma, no libdevice call), loads of two heads
// issued before their stores (unroll 2) and a remainder loop.

// CHECK-LABEL: func.func @llama_gqa
// CHECK-SAME:    (%[[Q:.+]]: tensor<?x32x128xbf16>, %[[K:.+]]: tensor<?x8x128xbf16>, %[[T:.+]]: tensor<?x64xf32>)
// CHECK-DAG:     %[[QB:.+]] = bufferization.to_buffer %[[Q]] read_only
// CHECK-DAG:     %[[KB:.+]] = bufferization.to_buffer %[[K]] read_only
// CHECK-DAG:     %[[QO:.+]] = memref.alloc(%{{.+}}) : memref<?x32x128xbf16>
// CHECK-DAG:     %[[KO:.+]] = memref.alloc(%{{.+}}) : memref<?x8x128xbf16>
// CHECK-DAG:     %[[TB:.+]] = bufferization.to_buffer %[[T]] read_only
// CHECK:         call @rope_site_0_host(%[[QB]], %[[KB]], %[[QO]], %[[KO]], %[[TB]])
// CHECK-DAG:     %[[Q2:.+]] = bufferization.to_tensor %[[QO]] restrict writable
// CHECK-DAG:     %[[K2:.+]] = bufferization.to_tensor %[[KO]] restrict writable
// CHECK:         return %[[Q2]], %[[K2]]
// CHECK:       gpu.module @rope_kernels
// CHECK:         gpu.func @rope_site_0(%{{[a-z0-9]+}}: memref<?x32x128xbf16>, %{{[a-z0-9]+}}: memref<?x8x128xbf16>, %{{[a-z0-9]+}}: memref<?x32x128xbf16>, %{{[a-z0-9]+}}: memref<?x8x128xbf16>, %{{[a-z0-9]+}}: memref<?x64xf32>, %{{[a-z0-9]+}}: index, %{{[a-z0-9]+}}: index) kernel
// CHECK-SAME:      known_block_size = array<i32: 8, 32, 1>
// CHECK:           %[[ANGLES:.+]] = vector.load %{{.+}} {alignment = 16 : i64} : memref<?xf32>, vector<8xf32>
// CHECK:           math.fma %[[ANGLES]]
// CHECK-NOT:       math.sin
// CHECK-NOT:       math.cos
// CHECK:           scf.for
// CHECK-COUNT-4:     vector.load %{{.+}} {alignment = 16 : i64} : memref<?xbf16>, vector<8xbf16>
// CHECK:             arith.extf %{{.+}} : vector<8xbf16> to vector<8xf32>
// CHECK-COUNT-4:     vector.store %{{.+}} {alignment = 16 : i64} : memref<?xbf16>, vector<8xbf16>
// CHECK:           scf.for
// CHECK-COUNT-2:     vector.load %{{.+}} : memref<?xbf16>, vector<8xbf16>
// CHECK-COUNT-2:     vector.store
// The k heads: the same loops on the second input.
// CHECK:           scf.for
// CHECK:           scf.for
// CHECK-NOT:     gpu.func
// CHECK:       func.func private @rope_site_0_launch(index, index, index, index, index, index, memref<?x32x128xbf16>, memref<?x8x128xbf16>, memref<?x32x128xbf16>, memref<?x8x128xbf16>, memref<?x64xf32>, index, index, !llvm.ptr)
// CHECK-SAME:    attributes {rope.gpu.launch = @rope_kernels::@rope_site_0}
// CHECK:       func.func @rope_site_0_memref(%{{[a-z0-9]+}}: memref<?x32x128xbf16> {rope.gpu.role = "input0"}, %{{[^{]+}} {rope.gpu.role = "input1"}, %{{[^{]+}} {rope.gpu.role = "output0"}, %{{[^{]+}} {rope.gpu.role = "output1"}, %{{[a-z0-9]+}}: memref<?x64xf32> {rope.gpu.role = "angles"}, %[[STREAM:[a-zA-Z0-9_]+]]: !llvm.ptr)
// CHECK-SAME:    rope.gpu.site = {func = "llama_gqa", index = 0 : i64, kernel = "fused"
// The launch configuration, at run time: head groups from the token count.
// CHECK:         memref.dim
// CHECK:         arith.ceildivui
// CHECK:         call @rope_site_0_launch({{.*}}, %[[STREAM]])
// CHECK:       func.func private @rope_site_0_host({{.*}}) attributes {rope.gpu.host_for = @rope_site_0_memref}
func.func @llama_gqa(%q: tensor<?x32x128xbf16>, %k: tensor<?x8x128xbf16>,
                     %t: tensor<?x64xf32>)
    -> (tensor<?x32x128xbf16>, tensor<?x8x128xbf16>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
      angles(%t : tensor<?x64xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
}

// -----

// GPT-J style interleaved pairs in f32: a 128-bit vector<4xf32> holds two
// pairs, split with vector.deinterleave and joined with vector.interleave.
// Static shapes: the launch configuration folds to constants.

// CHECK-LABEL: func.func @gptj_interleaved
// CHECK:       gpu.func @rope_site_0
// CHECK-SAME:    known_block_size = array<i32: 16, 16, 1>
// CHECK:         vector.load %{{.+}} {alignment = 8 : i64} : memref<1216xf32>, vector<2xf32>
// CHECK:         %[[X:.+]] = vector.load %{{.+}} {alignment = 16 : i64} : memref<7296xf32>, vector<4xf32>
// CHECK:         %[[EVEN:.+]], %[[ODD:.+]] = vector.deinterleave %[[X]] : vector<4xf32> -> vector<2xf32>
// CHECK:         %[[R:.+]] = vector.interleave %{{.+}}, %{{.+}} : vector<2xf32> -> vector<4xf32>
// CHECK:         vector.store %[[R]], %{{.+}} {alignment = 16 : i64} : memref<7296xf32>, vector<4xf32>
// CHECK:       func.func @rope_site_0_memref
// CHECK-DAG:     %[[C1:.+]] = arith.constant 1 : index
// CHECK-DAG:     %[[C3:.+]] = arith.constant 3 : index
// CHECK-DAG:     %[[C8:.+]] = arith.constant 8 : index
// CHECK-DAG:     %[[C16:.+]] = arith.constant 16 : index
// 38 tokens x 3 heads, one head per group: 114 units, 16 per CTA.
// CHECK:         call @rope_site_0_launch(%[[C8]], %[[C1]], %[[C1]], %[[C16]], %[[C16]], %[[C1]], %{{.+}}, %{{.+}}, %{{.+}}, %[[C3]], %[[C1]], %{{.+}})
func.func @gptj_interleaved(%x: tensor<2x19x3x64xf32>, %t: tensor<2x19x32xf32>)
    -> tensor<2x19x3x64xf32> {
  %y = rope.rotate interleaved %x : tensor<2x19x3x64xf32>
       angles(%t : tensor<2x19x32xf32>)
       {rotary_dim = 64 : i64,
        table_maps = [affine_map<(d0, d1, d2) -> (d0, d1)>]}
  return %y : tensor<2x19x3x64xf32>
}

// -----

// Partial rotary (GPT-NeoX, rotary_dim 32 of 128) with per-element cos/sin
// tables as Hugging Face passes them: threads 0..1 rotate (each loads the
// table entries of both halves of its pairs: four loads), threads 2..13
// copy the 96 pass-through channels in the same sweep.

// CHECK-LABEL: func.func @neox_partial
// CHECK:       gpu.func @rope_site_0
// CHECK-SAME:    known_block_size = array<i32: 14, 18, 1>
// CHECK:         %[[TX:.+]] = gpu.thread_id x
// CHECK:         %[[ROT:.+]] = arith.cmpi ult, %[[TX]], %{{.+}} : index
// CHECK:         scf.if %[[ROT]] {
// CHECK-COUNT-4:   vector.load %{{.+}} : memref<?xf32>, vector<8xf32>
// CHECK:           scf.for
// CHECK:             arith.mulf
// CHECK:         } else {
// CHECK-NOT:       arith.mulf
// CHECK:           scf.for
// CHECK:             %[[V:.+]] = vector.load %{{.+}} : memref<?xbf16>, vector<8xbf16>
// CHECK-NOT:         arith.extf
// CHECK:             vector.store %[[V]]
func.func @neox_partial(%x: tensor<?x4x128xbf16>, %c: tensor<?x32xf32>,
                        %s: tensor<?x32xf32>) -> tensor<?x4x128xbf16> {
  %y = rope.rotate half %x : tensor<?x4x128xbf16>
       cos_sin(%c, %s : tensor<?x32xf32>, tensor<?x32xf32>)
       {rotary_dim = 32 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<?x4x128xbf16>
}

// -----

// q as [batch, heads, seq, D] (Hugging Face after transpose) with a cos/sin
// cache gathered by position ids (vLLM), per pair, f16, and an attention
// scale: the token splits into (batch, seq) with a division, the table row
// is the position loaded from the positions buffer.

// CHECK-LABEL: func.func @bhsd_gathered
// CHECK:       gpu.func @rope_site_0
// CHECK:         arith.remui %{{.+}}, %c33
// CHECK:         arith.divui %{{.+}}, %c33
// CHECK:         %[[POS:.+]] = memref.load %{{.+}} : memref<33xi32>
// CHECK:         %[[ROW:.+]] = arith.index_cast %[[POS]] : i32 to index
// CHECK:         arith.muli %[[ROW]], %c16
// CHECK:         vector.load %{{.+}} : memref<2048xf16>, vector<4xf16>
// CHECK:         arith.extf %{{.+}} : vector<4xf16> to vector<4xf32>
// CHECK:         scf.for
// CHECK:           arith.mulf %{{.+}}, %cst fastmath<contract> : vector<4xf32>
func.func @bhsd_gathered(%x: tensor<1x4x33x32xf32>, %c: tensor<128x16xf16>,
                         %s: tensor<128x16xf16>, %p: tensor<1x33xi32>)
    -> tensor<1x4x33x32xf32> {
  %y = rope.rotate half %x : tensor<1x4x33x32xf32>
       cos_sin(%c, %s : tensor<128x16xf16>, tensor<128x16xf16>)
       gather(%p : tensor<1x33xi32>)
       {rotary_dim = 32 : i64, scale = 0.5 : f32,
        table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>]}
  return %y : tensor<1x4x33x32xf32>
}

// -----

// Two sites in one function: two kernels, two launchers, two host calls.

// CHECK-LABEL: func.func @two_sites
// CHECK:         call @rope_site_0_host
// CHECK:         call @rope_site_1_host
// CHECK:       gpu.module @rope_kernels
// CHECK:         gpu.func @rope_site_0(
// CHECK:         gpu.func @rope_site_1(
// CHECK-NOT:     gpu.func
// CHECK:       func.func @rope_site_0_memref
// CHECK:       func.func @rope_site_1_memref
func.func @two_sites(%x: tensor<4x2x16xf32>, %t: tensor<4x8xf32>)
    -> tensor<4x2x16xf32> {
  %y = rope.rotate half %x : tensor<4x2x16xf32> angles(%t : tensor<4x8xf32>)
       {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  %z = rope.rotate interleaved %y : tensor<4x2x16xf32> angles(%t : tensor<4x8xf32>)
       {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %z : tensor<4x2x16xf32>
}

// -----

// Near misses of the fused kernel: each gets the element-per-thread kernel,
// built from the op's scalar definition, and says why.

// xPos decay.
// CHECK-LABEL: func.func @xpos
// CHECK:       gpu.func @rope_site_0
// CHECK-SAME:    known_block_size = array<i32: 256, 1, 1>
// CHECK-NOT:     vector.load
// CHECK:         math.powf
// CHECK:         memref.store
// CHECK:       func.func @rope_site_0_memref
// CHECK-SAME:    kernel = "elementwise"
// CHECK-SAME:    not_fused = "xPos decay"
func.func @xpos(%q: tensor<8x16xf32>, %k: tensor<8x16xf32>,
                %t: tensor<8x8xf32>, %p: tensor<8xf32>)
    -> (tensor<8x16xf32>, tensor<8x16xf32>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<8x16xf32>, tensor<8x16xf32>
      angles(%t : tensor<8x8xf32>) xpos(%p : tensor<8xf32>)
      {rotary_dim = 16 : i64,
       xpos = #rope.xpos<scale_base = 512.0, signs = [1, -1]>,
       table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>]}
  return %q2, %k2 : tensor<8x16xf32>, tensor<8x16xf32>
}

// -----

// A table gathered by (t, h, w) coordinates, negative ones passing through.
// CHECK-LABEL: func.func @coords
// CHECK:       func.func @rope_site_0_memref
// CHECK-SAME:    kernel = "elementwise"
// CHECK-SAME:    not_fused = "coordinate gather"
func.func @coords(%x: tensor<6x2x8xf32>, %t: tensor<2x3x4x4xf32>,
                  %p: tensor<6x3xi64>) -> tensor<6x2x8xf32> {
  %y = rope.rotate interleaved %x : tensor<6x2x8xf32>
       angles(%t : tensor<2x3x4x4xf32>) gather(%p : tensor<6x3xi64>)
       {rotary_dim = 8 : i64, coords,
        table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<6x2x8xf32>
}

// -----

// A dynamic channel count.
// CHECK-LABEL: func.func @dynamic_channels
// CHECK:       func.func @rope_site_0_memref
// CHECK-SAME:    not_fused = "dynamic or empty channel dim"
func.func @dynamic_channels(%x: tensor<4x?xf32>, %t: tensor<4x4xf32>)
    -> tensor<4x?xf32> {
  %y = rope.rotate half %x : tensor<4x?xf32> angles(%t : tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<4x?xf32>
}

// -----

// q in bf16 and k in f32 in one op.
// CHECK-LABEL: func.func @mixed
// CHECK:       func.func @rope_site_0_memref
// CHECK-SAME:    not_fused = "inputs differ in element type or channel count"
func.func @mixed(%q: tensor<4x16xbf16>, %k: tensor<4x16xf32>,
                 %t: tensor<4x8xf32>) -> (tensor<4x16xbf16>, tensor<4x16xf32>) {
  %q2, %k2 = rope.rotate half %q, %k : tensor<4x16xbf16>, tensor<4x16xf32>
      angles(%t : tensor<4x8xf32>)
      {rotary_dim = 16 : i64,
       table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>]}
  return %q2, %k2 : tensor<4x16xbf16>, tensor<4x16xf32>
}

// -----

// Odd pairs per half with interleaved pairs and an odd channel count: no
// vector width fits a pair, the element kernel does.
// CHECK-LABEL: func.func @odd_channels
// CHECK:       func.func @rope_site_0_memref
// CHECK-SAME:    not_fused = "odd channel count with interleaved pairs"
func.func @odd_channels(%x: tensor<4x9xf32>, %t: tensor<4x3xf32>)
    -> tensor<4x9xf32> {
  %y = rope.rotate interleaved %x : tensor<4x9xf32> angles(%t : tensor<4x3xf32>)
       {rotary_dim = 6 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return %y : tensor<4x9xf32>
}

// -----

// Angles from rope.freqs of a positions tensor (LLaMA): computed in the
// kernel, no table materialized. The positions become a kernel buffer (role
// positions0), the inverse frequencies a constant global read per thread.

// CHECK-LABEL: func.func @freqs_positions
// CHECK-SAME:    (%[[Q:[a-zA-Z0-9_]+]]: tensor<?x8x64xbf16>, %[[POS:[a-zA-Z0-9_]+]]: tensor<?xi64>)
// CHECK-NOT:     rope.freqs
// CHECK:         %[[PB:.+]] = bufferization.to_buffer %[[POS]] read_only
// CHECK:         call @rope_site_0_host(%{{.+}}, %{{.+}}, %[[PB]])
// CHECK:       gpu.module @rope_kernels
// CHECK:         memref.global "private" constant @rope_site_0_inv_freq : memref<32xf32> = dense<[1.000000e+00, {{.*}}]> {alignment = 16 : i64}
// CHECK:         gpu.func @rope_site_0(%{{[a-z0-9]+}}: memref<?x8x64xbf16>, %{{[a-z0-9]+}}: memref<?x8x64xbf16>, %[[KPOS:[a-z0-9]+]]: memref<?xi64>, %{{[a-z0-9]+}}: index, %{{[a-z0-9]+}}: index)
// CHECK:           %[[P:.+]] = memref.load %[[KPOS]][%{{.+}}] : memref<?xi64>
// CHECK:           %[[PF:.+]] = arith.sitofp %{{.+}} : i64 to f32
// CHECK:           %[[W:.+]] = vector.load %{{.+}}[%{{.+}}] {alignment = 16 : i64} : memref<32xf32>, vector<8xf32>
// CHECK:           %[[PV:.+]] = vector.broadcast %[[PF]] : f32 to vector<8xf32>
// CHECK:           %[[ANGLE:.+]] = arith.mulf %[[PV]], %[[W]] : vector<8xf32>
// CHECK:           math.fma %[[ANGLE]]
// CHECK:       func.func @rope_site_0_memref({{.*}}{rope.gpu.role = "output0"}, %{{.+}}: memref<?xi64> {rope.gpu.role = "positions0"}, %{{.+}}: !llvm.ptr)
func.func @freqs_positions(%q: tensor<?x8x64xbf16>, %pos: tensor<?xi64>)
    -> tensor<?x8x64xbf16> {
  %t = rope.freqs %pos {dim = 64 : i64} : tensor<?xi64>
  %y = rope.rotate half %q : tensor<?x8x64xbf16> angles(%t : tensor<?x32xf32>)
       {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<?x8x64xbf16>
}

// -----

// 3D video RoPE (CogVideoX): broadcat of per-axis freqs, collapsed to the
// tokens. The token splits into (t, h, w) in the kernel, each slot takes the
// position of its axis (a constant slot -> axis table), nothing of the
// [T, H, W, K] table is materialized.

// CHECK-LABEL: func.func @cogvideox
// CHECK-NOT:     rope.broadcat
// CHECK:       gpu.module @rope_kernels
// CHECK-DAG:     memref.global "private" constant @rope_site_0_slot_axis : memref<32xi32> = dense<[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]>
// CHECK-DAG:     memref.global "private" constant @rope_site_0_inv_freq : memref<32xf32>
// CHECK:         gpu.func @rope_site_0(%{{[a-z0-9]+}}: memref<1x2x1350x64xbf16>, %{{[a-z0-9]+}}: memref<1x2x1350x64xbf16>, %{{[a-z0-9]+}}: index, %{{[a-z0-9]+}}: index)
// CHECK:           affine.delinearize_index %{{.+}} into (30, 45)
// CHECK:           %[[AXIS:.+]] = vector.load %{{.+}} : memref<32xi32>, vector<4xi32>
// CHECK:           %[[ISH:.+]] = arith.cmpi eq, %[[AXIS]], %{{.+}} : vector<4xi32>
// CHECK:           arith.select %[[ISH]]
// CHECK:           %[[ISW:.+]] = arith.cmpi eq, %[[AXIS]], %{{.+}} : vector<4xi32>
// CHECK:           arith.select %[[ISW]]
// CHECK:           vector.deinterleave
func.func @cogvideox(%x: tensor<1x2x1350x64xbf16>) -> tensor<1x2x1350x64xbf16> {
  %tt = rope.freqs length 1 {dim = 24 : i64}
  %th = rope.freqs length 30 {dim = 20 : i64}
  %tw = rope.freqs length 45 {dim = 20 : i64}
  %table = rope.broadcat %tt, %th, %tw : tensor<1x12xf32>, tensor<30x10xf32>, tensor<45x10xf32>
  %flat = tensor.collapse_shape %table [[0, 1, 2], [3]] : tensor<1x30x45x32xf32> into tensor<1350x32xf32>
  %y = rope.rotate interleaved %x : tensor<1x2x1350x64xbf16> angles(%flat : tensor<1350x32xf32>)
       {rotary_dim = 64 : i64, table_maps = [affine_map<(d0, d1, d2) -> (d2)>]}
  return %y : tensor<1x2x1350x64xbf16>
}

// -----

// Near miss: one axis of the broadcat is a table the model computed some
// other way; the angles are then read from the materialized table.

// CHECK-LABEL: func.func @broadcat_with_table
// CHECK:         rope.broadcat
// CHECK:         call @rope_site_0_host
// CHECK:       gpu.func @rope_site_0(%{{[a-z0-9]+}}: memref<6x2x16xf32>, %{{[a-z0-9]+}}: memref<6x2x16xf32>, %[[T:[a-z0-9]+]]: memref<6x8xf32>, %{{[a-z0-9]+}}: index, %{{[a-z0-9]+}}: index)
// CHECK-NOT:     inv_freq
// CHECK:         vector.load %{{.+}} : memref<48xf32>, vector<4xf32>
// CHECK:       func.func @rope_site_0_memref({{.*}}{rope.gpu.role = "angles"}
func.func @broadcat_with_table(%x: tensor<6x2x16xf32>, %other: tensor<3x4xf32>)
    -> tensor<6x2x16xf32> {
  %ta = rope.freqs length 2 {dim = 8 : i64}
  %table = rope.broadcat %ta, %other : tensor<2x4xf32>, tensor<3x4xf32>
  %flat = tensor.collapse_shape %table [[0, 1], [2]] : tensor<2x3x8xf32> into tensor<6x8xf32>
  %y = rope.rotate half %x : tensor<6x2x16xf32> angles(%flat : tensor<6x8xf32>)
       {rotary_dim = 16 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<6x2x16xf32>
}
