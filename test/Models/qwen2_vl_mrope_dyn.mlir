// transformers Qwen2VLRotaryEmbedding (mRoPE, sections [2,3,3]) + apply_rotary_pos_emb.
// f32, dynamic sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x4x?x16xf32>, %arg1: tensor<1x2x?x16xf32>, %arg2: tensor<3x1x?xi64>) -> (tensor<1x4x?x16xf32>, tensor<1x2x?x16xf32>) {
    %c2 = arith.constant 2 : index
    %cst = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %c1 = arith.constant 1 : index
    %dim = tensor.dim %arg2, %c2 : tensor<3x1x?xi64>
    %expanded = tensor.expand_shape %arg2 [[0], [1], [2, 3]] output_shape [3, 1, %dim, 1] : tensor<3x1x?xi64> into tensor<3x1x?x1xi64>
    %0 = tensor.empty(%dim) : tensor<3x1x?x1xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<3x1x?x1xi64>) outs(%0 : tensor<3x1x?x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %26 = arith.sitofp %in : i64 to f32
      linalg.yield %26 : f32
    } -> tensor<3x1x?x1xf32>
    %2 = tensor.empty(%dim) : tensor<3x1x?x8xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %cst : tensor<3x1x?x1xf32>, tensor<8xf32>) outs(%2 : tensor<3x1x?x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %26 = arith.mulf %in, %in_33 : f32
      linalg.yield %26 : f32
    } -> tensor<3x1x?x8xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3 : tensor<3x1x?x8xf32>) outs(%2 : tensor<3x1x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = math.cos %in : f32
      linalg.yield %26 : f32
    } -> tensor<3x1x?x8xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3 : tensor<3x1x?x8xf32>) outs(%2 : tensor<3x1x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = math.sin %in : f32
      linalg.yield %26 : f32
    } -> tensor<3x1x?x8xf32>
    %extracted_slice = tensor.extract_slice %5[0, 0, 0, 0] [3, 1, %dim, 2] [1, 1, 1, 1] : tensor<3x1x?x8xf32> to tensor<3x1x?x2xf32>
    %extracted_slice_0 = tensor.extract_slice %5[0, 0, 0, 2] [3, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x8xf32> to tensor<3x1x?x3xf32>
    %extracted_slice_1 = tensor.extract_slice %5[0, 0, 0, 5] [3, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x8xf32> to tensor<3x1x?x3xf32>
    %extracted_slice_2 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [1, 1, %dim, 2] [1, 1, 1, 1] : tensor<3x1x?x2xf32> to tensor<1x1x?x2xf32>
    %collapsed = tensor.collapse_shape %extracted_slice_2 [[0, 1], [2], [3]] : tensor<1x1x?x2xf32> into tensor<1x?x2xf32>
    %extracted_slice_3 = tensor.extract_slice %extracted_slice_0[1, 0, 0, 0] [1, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x3xf32> to tensor<1x1x?x3xf32>
    %collapsed_4 = tensor.collapse_shape %extracted_slice_3 [[0, 1], [2], [3]] : tensor<1x1x?x3xf32> into tensor<1x?x3xf32>
    %extracted_slice_5 = tensor.extract_slice %extracted_slice_1[2, 0, 0, 0] [1, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x3xf32> to tensor<1x1x?x3xf32>
    %collapsed_6 = tensor.collapse_shape %extracted_slice_5 [[0, 1], [2], [3]] : tensor<1x1x?x3xf32> into tensor<1x?x3xf32>
    %concat = tensor.concat dim(2) %collapsed, %collapsed_4, %collapsed_6 : (tensor<1x?x2xf32>, tensor<1x?x3xf32>, tensor<1x?x3xf32>) -> tensor<1x?x8xf32>
    %concat_7 = tensor.concat dim(2) %concat, %concat : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x16xf32>
    %extracted_slice_8 = tensor.extract_slice %4[0, 0, 0, 0] [3, 1, %dim, 2] [1, 1, 1, 1] : tensor<3x1x?x8xf32> to tensor<3x1x?x2xf32>
    %extracted_slice_9 = tensor.extract_slice %4[0, 0, 0, 2] [3, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x8xf32> to tensor<3x1x?x3xf32>
    %extracted_slice_10 = tensor.extract_slice %4[0, 0, 0, 5] [3, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x8xf32> to tensor<3x1x?x3xf32>
    %extracted_slice_11 = tensor.extract_slice %extracted_slice_8[0, 0, 0, 0] [1, 1, %dim, 2] [1, 1, 1, 1] : tensor<3x1x?x2xf32> to tensor<1x1x?x2xf32>
    %collapsed_12 = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2], [3]] : tensor<1x1x?x2xf32> into tensor<1x?x2xf32>
    %extracted_slice_13 = tensor.extract_slice %extracted_slice_9[1, 0, 0, 0] [1, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x3xf32> to tensor<1x1x?x3xf32>
    %collapsed_14 = tensor.collapse_shape %extracted_slice_13 [[0, 1], [2], [3]] : tensor<1x1x?x3xf32> into tensor<1x?x3xf32>
    %extracted_slice_15 = tensor.extract_slice %extracted_slice_10[2, 0, 0, 0] [1, 1, %dim, 3] [1, 1, 1, 1] : tensor<3x1x?x3xf32> to tensor<1x1x?x3xf32>
    %collapsed_16 = tensor.collapse_shape %extracted_slice_15 [[0, 1], [2], [3]] : tensor<1x1x?x3xf32> into tensor<1x?x3xf32>
    %concat_17 = tensor.concat dim(2) %collapsed_12, %collapsed_14, %collapsed_16 : (tensor<1x?x2xf32>, tensor<1x?x3xf32>, tensor<1x?x3xf32>) -> tensor<1x?x8xf32>
    %concat_18 = tensor.concat dim(2) %concat_17, %concat_17 : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x16xf32>
    %dim_19 = tensor.dim %concat_17, %c1 : tensor<1x?x8xf32>
    %expanded_20 = tensor.expand_shape %concat_18 [[0], [1, 2], [3]] output_shape [1, 1, %dim_19, 16] : tensor<1x?x16xf32> into tensor<1x1x?x16xf32>
    %dim_21 = tensor.dim %concat, %c1 : tensor<1x?x8xf32>
    %expanded_22 = tensor.expand_shape %concat_7 [[0], [1, 2], [3]] output_shape [1, 1, %dim_21, 16] : tensor<1x?x16xf32> into tensor<1x1x?x16xf32>
    %dim_23 = tensor.dim %arg0, %c2 : tensor<1x4x?x16xf32>
    %6 = arith.cmpi eq, %dim_23, %dim_19 : index
    cf.assert %6, "mismatched size for broadcast"
    %7 = tensor.empty(%dim_23) : tensor<1x4x?x16xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded_20 : tensor<1x4x?x16xf32>, tensor<1x1x?x16xf32>) outs(%7 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %26 = arith.mulf %in, %in_33 : f32
      linalg.yield %26 : f32
    } -> tensor<1x4x?x16xf32>
    %extracted_slice_24 = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 4, %dim_23, 8] [1, 1, 1, 1] : tensor<1x4x?x16xf32> to tensor<1x4x?x8xf32>
    %extracted_slice_25 = tensor.extract_slice %arg0[0, 0, 0, 8] [1, 4, %dim_23, 8] [1, 1, 1, 1] : tensor<1x4x?x16xf32> to tensor<1x4x?x8xf32>
    %9 = tensor.empty(%dim_23) : tensor<1x4x?x8xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25 : tensor<1x4x?x8xf32>) outs(%9 : tensor<1x4x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.negf %in : f32
      linalg.yield %26 : f32
    } -> tensor<1x4x?x8xf32>
    %concat_26 = tensor.concat dim(3) %10, %extracted_slice_24 : (tensor<1x4x?x8xf32>, tensor<1x4x?x8xf32>) -> tensor<1x4x?x16xf32>
    %dim_27 = tensor.dim %10, %c2 : tensor<1x4x?x8xf32>
    %11 = arith.cmpi eq, %dim_27, %dim_21 : index
    cf.assert %11, "mismatched size for broadcast"
    %12 = tensor.empty(%dim_27) : tensor<1x4x?x16xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_26, %expanded_22 : tensor<1x4x?x16xf32>, tensor<1x1x?x16xf32>) outs(%12 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %26 = arith.mulf %in, %in_33 : f32
      linalg.yield %26 : f32
    } -> tensor<1x4x?x16xf32>
    %14 = arith.cmpi eq, %dim_23, %dim_27 : index
    cf.assert %14, "mismatched size for broadcast"
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %13 : tensor<1x4x?x16xf32>, tensor<1x4x?x16xf32>) outs(%7 : tensor<1x4x?x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %26 = arith.addf %in, %in_33 : f32
      linalg.yield %26 : f32
    } -> tensor<1x4x?x16xf32>
    %dim_28 = tensor.dim %arg1, %c2 : tensor<1x2x?x16xf32>
    %16 = arith.cmpi eq, %dim_28, %dim_19 : index
    cf.assert %16, "mismatched size for broadcast"
    %17 = tensor.empty(%dim_28) : tensor<1x2x?x16xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded_20 : tensor<1x2x?x16xf32>, tensor<1x1x?x16xf32>) outs(%17 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %26 = arith.mulf %in, %in_33 : f32
      linalg.yield %26 : f32
    } -> tensor<1x2x?x16xf32>
    %extracted_slice_29 = tensor.extract_slice %arg1[0, 0, 0, 0] [1, 2, %dim_28, 8] [1, 1, 1, 1] : tensor<1x2x?x16xf32> to tensor<1x2x?x8xf32>
    %extracted_slice_30 = tensor.extract_slice %arg1[0, 0, 0, 8] [1, 2, %dim_28, 8] [1, 1, 1, 1] : tensor<1x2x?x16xf32> to tensor<1x2x?x8xf32>
    %19 = tensor.empty(%dim_28) : tensor<1x2x?x8xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<1x2x?x8xf32>) outs(%19 : tensor<1x2x?x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.negf %in : f32
      linalg.yield %26 : f32
    } -> tensor<1x2x?x8xf32>
    %concat_31 = tensor.concat dim(3) %20, %extracted_slice_29 : (tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>) -> tensor<1x2x?x16xf32>
    %dim_32 = tensor.dim %20, %c2 : tensor<1x2x?x8xf32>
    %21 = arith.cmpi eq, %dim_32, %dim_21 : index
    cf.assert %21, "mismatched size for broadcast"
    %22 = tensor.empty(%dim_32) : tensor<1x2x?x16xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_31, %expanded_22 : tensor<1x2x?x16xf32>, tensor<1x1x?x16xf32>) outs(%22 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %26 = arith.mulf %in, %in_33 : f32
      linalg.yield %26 : f32
    } -> tensor<1x2x?x16xf32>
    %24 = arith.cmpi eq, %dim_28, %dim_32 : index
    cf.assert %24, "mismatched size for broadcast"
    %25 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %23 : tensor<1x2x?x16xf32>, tensor<1x2x?x16xf32>) outs(%17 : tensor<1x2x?x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %26 = arith.addf %in, %in_33 : f32
      linalg.yield %26 : f32
    } -> tensor<1x2x?x16xf32>
    return %15, %25 : tensor<1x4x?x16xf32>, tensor<1x2x?x16xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
