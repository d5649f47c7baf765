// transformers Qwen3RotaryEmbedding + apply_rotary_pos_emb.
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
    %cst = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %dim = tensor.dim %arg2, %c1 : tensor<1x?xi64>
    %expanded = tensor.expand_shape %arg2 [[0], [1, 2]] output_shape [1, %dim, 1] : tensor<1x?xi64> into tensor<1x?x1xi64>
    %0 = tensor.empty(%dim) : tensor<1x?x1xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x?x1xi64>) outs(%0 : tensor<1x?x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %27 = arith.sitofp %in : i64 to f32
      linalg.yield %27 : f32
    } -> tensor<1x?x1xf32>
    %2 = tensor.empty(%dim) : tensor<1x?x8xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst : tensor<1x?x1xf32>, tensor<8xf32>) outs(%2 : tensor<1x?x8xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %27 = arith.mulf %in, %in_12 : f32
      linalg.yield %27 : f32
    } -> tensor<1x?x8xf32>
    %concat = tensor.concat dim(2) %3, %3 : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x16xf32>
    %dim_0 = tensor.dim %3, %c1 : tensor<1x?x8xf32>
    %4 = tensor.empty(%dim_0) : tensor<1x?x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = math.cos %in : f32
      linalg.yield %27 : f32
    } -> tensor<1x?x16xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = math.sin %in : f32
      linalg.yield %27 : f32
    } -> tensor<1x?x16xf32>
    %expanded_1 = tensor.expand_shape %5 [[0], [1, 2], [3]] output_shape [1, 1, %dim_0, 16] : tensor<1x?x16xf32> into tensor<1x1x?x16xf32>
    %expanded_2 = tensor.expand_shape %6 [[0], [1, 2], [3]] output_shape [1, 1, %dim_0, 16] : tensor<1x?x16xf32> into tensor<1x1x?x16xf32>
    %dim_3 = tensor.dim %arg0, %c2 : tensor<1x4x?x16xf32>
    %7 = arith.cmpi eq, %dim_3, %dim_0 : index
    cf.assert %7, "mismatched size for broadcast"
    %8 = tensor.empty(%dim_3) : tensor<1x4x?x16xf32>
    %9 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded_1 : tensor<1x4x?x16xf32>, tensor<1x1x?x16xf32>) outs(%8 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %27 = arith.mulf %in, %in_12 : f32
      linalg.yield %27 : f32
    } -> tensor<1x4x?x16xf32>
    %extracted_slice = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 4, %dim_3, 8] [1, 1, 1, 1] : tensor<1x4x?x16xf32> to tensor<1x4x?x8xf32>
    %extracted_slice_4 = tensor.extract_slice %arg0[0, 0, 0, 8] [1, 4, %dim_3, 8] [1, 1, 1, 1] : tensor<1x4x?x16xf32> to tensor<1x4x?x8xf32>
    %10 = tensor.empty(%dim_3) : tensor<1x4x?x8xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_4 : tensor<1x4x?x8xf32>) outs(%10 : tensor<1x4x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = arith.negf %in : f32
      linalg.yield %27 : f32
    } -> tensor<1x4x?x8xf32>
    %concat_5 = tensor.concat dim(3) %11, %extracted_slice : (tensor<1x4x?x8xf32>, tensor<1x4x?x8xf32>) -> tensor<1x4x?x16xf32>
    %dim_6 = tensor.dim %11, %c2 : tensor<1x4x?x8xf32>
    %12 = arith.cmpi eq, %dim_6, %dim_0 : index
    cf.assert %12, "mismatched size for broadcast"
    %13 = tensor.empty(%dim_6) : tensor<1x4x?x16xf32>
    %14 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_5, %expanded_2 : tensor<1x4x?x16xf32>, tensor<1x1x?x16xf32>) outs(%13 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %27 = arith.mulf %in, %in_12 : f32
      linalg.yield %27 : f32
    } -> tensor<1x4x?x16xf32>
    %15 = arith.cmpi eq, %dim_3, %dim_6 : index
    cf.assert %15, "mismatched size for broadcast"
    %16 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %14 : tensor<1x4x?x16xf32>, tensor<1x4x?x16xf32>) outs(%8 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %27 = arith.addf %in, %in_12 : f32
      linalg.yield %27 : f32
    } -> tensor<1x4x?x16xf32>
    %dim_7 = tensor.dim %arg1, %c2 : tensor<1x2x?x16xf32>
    %17 = arith.cmpi eq, %dim_7, %dim_0 : index
    cf.assert %17, "mismatched size for broadcast"
    %18 = tensor.empty(%dim_7) : tensor<1x2x?x16xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded_1 : tensor<1x2x?x16xf32>, tensor<1x1x?x16xf32>) outs(%18 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %27 = arith.mulf %in, %in_12 : f32
      linalg.yield %27 : f32
    } -> tensor<1x2x?x16xf32>
    %extracted_slice_8 = tensor.extract_slice %arg1[0, 0, 0, 0] [1, 2, %dim_7, 8] [1, 1, 1, 1] : tensor<1x2x?x16xf32> to tensor<1x2x?x8xf32>
    %extracted_slice_9 = tensor.extract_slice %arg1[0, 0, 0, 8] [1, 2, %dim_7, 8] [1, 1, 1, 1] : tensor<1x2x?x16xf32> to tensor<1x2x?x8xf32>
    %20 = tensor.empty(%dim_7) : tensor<1x2x?x8xf32>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_9 : tensor<1x2x?x8xf32>) outs(%20 : tensor<1x2x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = arith.negf %in : f32
      linalg.yield %27 : f32
    } -> tensor<1x2x?x8xf32>
    %concat_10 = tensor.concat dim(3) %21, %extracted_slice_8 : (tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>) -> tensor<1x2x?x16xf32>
    %dim_11 = tensor.dim %21, %c2 : tensor<1x2x?x8xf32>
    %22 = arith.cmpi eq, %dim_11, %dim_0 : index
    cf.assert %22, "mismatched size for broadcast"
    %23 = tensor.empty(%dim_11) : tensor<1x2x?x16xf32>
    %24 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_10, %expanded_2 : tensor<1x2x?x16xf32>, tensor<1x1x?x16xf32>) outs(%23 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %27 = arith.mulf %in, %in_12 : f32
      linalg.yield %27 : f32
    } -> tensor<1x2x?x16xf32>
    %25 = arith.cmpi eq, %dim_7, %dim_11 : index
    cf.assert %25, "mismatched size for broadcast"
    %26 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %24 : tensor<1x2x?x16xf32>, tensor<1x2x?x16xf32>) outs(%18 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %27 = arith.addf %in, %in_12 : f32
      linalg.yield %27 : f32
    } -> tensor<1x2x?x16xf32>
    return %16, %26 : tensor<1x4x?x16xf32>, tensor<1x2x?x16xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
