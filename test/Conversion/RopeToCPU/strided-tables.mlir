// RUN: rope-opt %s --split-input-file --rope-cpu-pipeline="vector-bits=128 target-cpu=x86-64-v3" | FileCheck %s

// GPT-J's sincos cache read as its even (cos) and odd (sin) columns: after
// bufferization the tables are memrefs with channel stride 2, which no vector
// load reads. Each table chunk is gathered with scalar loads in a loop
// carrying the vector, once per token; x and x' still move as whole vectors.
// Nothing is left outside the LLVM dialect.
// CHECK-LABEL: llvm.func @gptj_even_odd_columns
// CHECK-NOT:     vector.transfer_read
// CHECK:         ^[[COS:bb[0-9]+]](%{{.+}}: i64, %{{.+}}: vector<4xf32>):
// CHECK:         llvm.load %{{.+}} : !llvm.ptr -> f32
// CHECK:         llvm.insertelement
// CHECK:         llvm.br ^[[COS]]
// CHECK:         ^[[SIN:bb[0-9]+]](%{{.+}}: i64, %{{.+}}: vector<4xf32>):
// CHECK:         llvm.load %{{.+}} : !llvm.ptr -> f32
// CHECK:         llvm.br ^[[SIN]]
// CHECK:         llvm.load %{{.+}} : !llvm.ptr -> vector<8xf32>
// CHECK:         llvm.store %{{.+}} : vector<8xf32>, !llvm.ptr
// CHECK-NOT:     vector.
// CHECK:         llvm.return
func.func @gptj_even_odd_columns(%x: tensor<4x2x8xf32>, %cache: tensor<4x8xf32>) -> tensor<4x2x8xf32> {
  %cos = tensor.extract_slice %cache[0, 0] [4, 4] [1, 2] : tensor<4x8xf32> to tensor<4x4xf32>
  %sin = tensor.extract_slice %cache[0, 1] [4, 4] [1, 2] : tensor<4x8xf32> to tensor<4x4xf32>
  %r = rope.rotate interleaved %x : tensor<4x2x8xf32> cos_sin(%cos, %sin : tensor<4x4xf32>, tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %r : tensor<4x2x8xf32>
}

// -----

// Near miss: every other row of a cache is strided too, but its channels
// are contiguous, so the tables are read with vector loads, no scalar loop.
// CHECK-LABEL: llvm.func @strided_rows
// CHECK-NOT:     -> f32
// CHECK:         llvm.load %{{.+}} : !llvm.ptr -> vector<4xf32>
// CHECK-NOT:     -> f32
// CHECK:         llvm.return
func.func @strided_rows(%x: tensor<4x2x8xf32>, %cache: tensor<8x4xf32>) -> tensor<4x2x8xf32> {
  %cos = tensor.extract_slice %cache[0, 0] [4, 4] [2, 1] : tensor<8x4xf32> to tensor<4x4xf32>
  %sin = tensor.extract_slice %cache[1, 0] [4, 4] [2, 1] : tensor<8x4xf32> to tensor<4x4xf32>
  %r = rope.rotate interleaved %x : tensor<4x2x8xf32> cos_sin(%cos, %sin : tensor<4x4xf32>, tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %r : tensor<4x2x8xf32>
}
