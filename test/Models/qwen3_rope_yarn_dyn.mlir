// transformers Qwen3RotaryEmbedding (rope_type=yarn) + apply_rotary_pos_emb.
// f32, dynamic sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x4x?x16xf32>, %arg1: tensor<1x2x?x16xf32>, %arg2: tensor<1x?xi64>) -> (tensor<1x4x?x16xf32>, tensor<1x2x?x16xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 1.1386294361119891 : f64
    %cst_0 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %dim = tensor.dim %arg2, %c1 : tensor<1x?xi64>
    %expanded = tensor.expand_shape %arg2 [[0], [1, 2]] output_shape [1, %dim, 1] : tensor<1x?xi64> into tensor<1x?x1xi64>
    %0 = tensor.empty(%dim) : tensor<1x?x1xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x?x1xi64>) outs(%0 : tensor<1x?x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %29 = arith.sitofp %in : i64 to f32
      linalg.yield %29 : f32
    } -> tensor<1x?x1xf32>
    %2 = tensor.empty(%dim) : tensor<1x?x8xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst_0 : tensor<1x?x1xf32>, tensor<8xf32>) outs(%2 : tensor<1x?x8xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %29 = arith.mulf %in, %in_13 : f32
      linalg.yield %29 : f32
    } -> tensor<1x?x8xf32>
    %concat = tensor.concat dim(2) %3, %3 : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x16xf32>
    %dim_1 = tensor.dim %3, %c1 : tensor<1x?x8xf32>
    %4 = tensor.empty(%dim_1) : tensor<1x?x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = math.cos %in : f32
      linalg.yield %29 : f32
    } -> tensor<1x?x16xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = arith.truncf %cst : f64 to f32
      %30 = arith.mulf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<1x?x16xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = math.sin %in : f32
      linalg.yield %29 : f32
    } -> tensor<1x?x16xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = arith.truncf %cst : f64 to f32
      %30 = arith.mulf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<1x?x16xf32>
    %expanded_2 = tensor.expand_shape %6 [[0], [1, 2], [3]] output_shape [1, 1, %dim_1, 16] : tensor<1x?x16xf32> into tensor<1x1x?x16xf32>
    %expanded_3 = tensor.expand_shape %8 [[0], [1, 2], [3]] output_shape [1, 1, %dim_1, 16] : tensor<1x?x16xf32> into tensor<1x1x?x16xf32>
    %dim_4 = tensor.dim %arg0, %c2 : tensor<1x4x?x16xf32>
    %9 = arith.cmpi eq, %dim_4, %dim_1 : index
    cf.assert %9, "mismatched size for broadcast"
    %10 = tensor.empty(%dim_4) : tensor<1x4x?x16xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded_2 : tensor<1x4x?x16xf32>, tensor<1x1x?x16xf32>) outs(%10 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %29 = arith.mulf %in, %in_13 : f32
      linalg.yield %29 : f32
    } -> tensor<1x4x?x16xf32>
    %extracted_slice = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 4, %dim_4, 8] [1, 1, 1, 1] : tensor<1x4x?x16xf32> to tensor<1x4x?x8xf32>
    %extracted_slice_5 = tensor.extract_slice %arg0[0, 0, 0, 8] [1, 4, %dim_4, 8] [1, 1, 1, 1] : tensor<1x4x?x16xf32> to tensor<1x4x?x8xf32>
    %12 = tensor.empty(%dim_4) : tensor<1x4x?x8xf32>
    %13 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_5 : tensor<1x4x?x8xf32>) outs(%12 : tensor<1x4x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = arith.negf %in : f32
      linalg.yield %29 : f32
    } -> tensor<1x4x?x8xf32>
    %concat_6 = tensor.concat dim(3) %13, %extracted_slice : (tensor<1x4x?x8xf32>, tensor<1x4x?x8xf32>) -> tensor<1x4x?x16xf32>
    %dim_7 = tensor.dim %13, %c2 : tensor<1x4x?x8xf32>
    %14 = arith.cmpi eq, %dim_7, %dim_1 : index
    cf.assert %14, "mismatched size for broadcast"
    %15 = tensor.empty(%dim_7) : tensor<1x4x?x16xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_6, %expanded_3 : tensor<1x4x?x16xf32>, tensor<1x1x?x16xf32>) outs(%15 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %29 = arith.mulf %in, %in_13 : f32
      linalg.yield %29 : f32
    } -> tensor<1x4x?x16xf32>
    %17 = arith.cmpi eq, %dim_4, %dim_7 : index
    cf.assert %17, "mismatched size for broadcast"
    %18 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %16 : tensor<1x4x?x16xf32>, tensor<1x4x?x16xf32>) outs(%10 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %29 = arith.addf %in, %in_13 : f32
      linalg.yield %29 : f32
    } -> tensor<1x4x?x16xf32>
    %dim_8 = tensor.dim %arg1, %c2 : tensor<1x2x?x16xf32>
    %19 = arith.cmpi eq, %dim_8, %dim_1 : index
    cf.assert %19, "mismatched size for broadcast"
    %20 = tensor.empty(%dim_8) : tensor<1x2x?x16xf32>
    %21 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded_2 : tensor<1x2x?x16xf32>, tensor<1x1x?x16xf32>) outs(%20 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %29 = arith.mulf %in, %in_13 : f32
      linalg.yield %29 : f32
    } -> tensor<1x2x?x16xf32>
    %extracted_slice_9 = tensor.extract_slice %arg1[0, 0, 0, 0] [1, 2, %dim_8, 8] [1, 1, 1, 1] : tensor<1x2x?x16xf32> to tensor<1x2x?x8xf32>
    %extracted_slice_10 = tensor.extract_slice %arg1[0, 0, 0, 8] [1, 2, %dim_8, 8] [1, 1, 1, 1] : tensor<1x2x?x16xf32> to tensor<1x2x?x8xf32>
    %22 = tensor.empty(%dim_8) : tensor<1x2x?x8xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_10 : tensor<1x2x?x8xf32>) outs(%22 : tensor<1x2x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = arith.negf %in : f32
      linalg.yield %29 : f32
    } -> tensor<1x2x?x8xf32>
    %concat_11 = tensor.concat dim(3) %23, %extracted_slice_9 : (tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>) -> tensor<1x2x?x16xf32>
    %dim_12 = tensor.dim %23, %c2 : tensor<1x2x?x8xf32>
    %24 = arith.cmpi eq, %dim_12, %dim_1 : index
    cf.assert %24, "mismatched size for broadcast"
    %25 = tensor.empty(%dim_12) : tensor<1x2x?x16xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_11, %expanded_3 : tensor<1x2x?x16xf32>, tensor<1x1x?x16xf32>) outs(%25 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %29 = arith.mulf %in, %in_13 : f32
      linalg.yield %29 : f32
    } -> tensor<1x2x?x16xf32>
    %27 = arith.cmpi eq, %dim_8, %dim_12 : index
    cf.assert %27, "mismatched size for broadcast"
    %28 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %26 : tensor<1x2x?x16xf32>, tensor<1x2x?x16xf32>) outs(%20 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %29 = arith.addf %in, %in_13 : f32
      linalg.yield %29 : f32
    } -> tensor<1x2x?x16xf32>
    return %18, %28 : tensor<1x4x?x16xf32>, tensor<1x2x?x16xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13DCDCCCC3CE386013C0AD7233B383E4F3A6F12833960CBA538"
    }
  }
#-}
