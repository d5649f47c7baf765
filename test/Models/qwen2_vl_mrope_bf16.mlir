// transformers Qwen2VLRotaryEmbedding (mRoPE, sections [2,3,3]) + apply_rotary_pos_emb.
// bf16, static (seq 8) sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x4x8x16xbf16>, %arg1: tensor<1x2x8x16xbf16>, %arg2: tensor<3x1x8xi64>) -> (tensor<1x4x8x16xbf16>, tensor<1x2x8x16xbf16>) {
    %cst = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %expanded = tensor.expand_shape %arg2 [[0], [1], [2, 3]] output_shape [3, 1, 8, 1] : tensor<3x1x8xi64> into tensor<3x1x8x1xi64>
    %0 = tensor.empty() : tensor<3x1x8x1xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<3x1x8x1xi64>) outs(%0 : tensor<3x1x8x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %21 = arith.sitofp %in : i64 to f32
      linalg.yield %21 : f32
    } -> tensor<3x1x8x1xf32>
    %2 = tensor.empty() : tensor<3x1x8x8xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %cst : tensor<3x1x8x1xf32>, tensor<8xf32>) outs(%2 : tensor<3x1x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %21 = arith.mulf %in, %in_27 : f32
      linalg.yield %21 : f32
    } -> tensor<3x1x8x8xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3 : tensor<3x1x8x8xf32>) outs(%2 : tensor<3x1x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = math.cos %in : f32
      linalg.yield %21 : f32
    } -> tensor<3x1x8x8xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3 : tensor<3x1x8x8xf32>) outs(%2 : tensor<3x1x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = math.sin %in : f32
      linalg.yield %21 : f32
    } -> tensor<3x1x8x8xf32>
    %extracted_slice = tensor.extract_slice %5[0, 0, 0, 0] [3, 1, 8, 2] [1, 1, 1, 1] : tensor<3x1x8x8xf32> to tensor<3x1x8x2xf32>
    %extracted_slice_0 = tensor.extract_slice %5[0, 0, 0, 2] [3, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x8xf32> to tensor<3x1x8x3xf32>
    %extracted_slice_1 = tensor.extract_slice %5[0, 0, 0, 5] [3, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x8xf32> to tensor<3x1x8x3xf32>
    %extracted_slice_2 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [1, 1, 8, 2] [1, 1, 1, 1] : tensor<3x1x8x2xf32> to tensor<1x1x8x2xf32>
    %collapsed = tensor.collapse_shape %extracted_slice_2 [[0, 1], [2], [3]] : tensor<1x1x8x2xf32> into tensor<1x8x2xf32>
    %extracted_slice_3 = tensor.extract_slice %extracted_slice_0[1, 0, 0, 0] [1, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x3xf32> to tensor<1x1x8x3xf32>
    %collapsed_4 = tensor.collapse_shape %extracted_slice_3 [[0, 1], [2], [3]] : tensor<1x1x8x3xf32> into tensor<1x8x3xf32>
    %extracted_slice_5 = tensor.extract_slice %extracted_slice_1[2, 0, 0, 0] [1, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x3xf32> to tensor<1x1x8x3xf32>
    %collapsed_6 = tensor.collapse_shape %extracted_slice_5 [[0, 1], [2], [3]] : tensor<1x1x8x3xf32> into tensor<1x8x3xf32>
    %concat = tensor.concat dim(2) %collapsed, %collapsed_4, %collapsed_6 : (tensor<1x8x2xf32>, tensor<1x8x3xf32>, tensor<1x8x3xf32>) -> tensor<1x8x8xf32>
    %concat_7 = tensor.concat dim(2) %concat, %concat : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x8x16xf32>
    %extracted_slice_8 = tensor.extract_slice %4[0, 0, 0, 0] [3, 1, 8, 2] [1, 1, 1, 1] : tensor<3x1x8x8xf32> to tensor<3x1x8x2xf32>
    %extracted_slice_9 = tensor.extract_slice %4[0, 0, 0, 2] [3, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x8xf32> to tensor<3x1x8x3xf32>
    %extracted_slice_10 = tensor.extract_slice %4[0, 0, 0, 5] [3, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x8xf32> to tensor<3x1x8x3xf32>
    %extracted_slice_11 = tensor.extract_slice %extracted_slice_8[0, 0, 0, 0] [1, 1, 8, 2] [1, 1, 1, 1] : tensor<3x1x8x2xf32> to tensor<1x1x8x2xf32>
    %collapsed_12 = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2], [3]] : tensor<1x1x8x2xf32> into tensor<1x8x2xf32>
    %extracted_slice_13 = tensor.extract_slice %extracted_slice_9[1, 0, 0, 0] [1, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x3xf32> to tensor<1x1x8x3xf32>
    %collapsed_14 = tensor.collapse_shape %extracted_slice_13 [[0, 1], [2], [3]] : tensor<1x1x8x3xf32> into tensor<1x8x3xf32>
    %extracted_slice_15 = tensor.extract_slice %extracted_slice_10[2, 0, 0, 0] [1, 1, 8, 3] [1, 1, 1, 1] : tensor<3x1x8x3xf32> to tensor<1x1x8x3xf32>
    %collapsed_16 = tensor.collapse_shape %extracted_slice_15 [[0, 1], [2], [3]] : tensor<1x1x8x3xf32> into tensor<1x8x3xf32>
    %concat_17 = tensor.concat dim(2) %collapsed_12, %collapsed_14, %collapsed_16 : (tensor<1x8x2xf32>, tensor<1x8x3xf32>, tensor<1x8x3xf32>) -> tensor<1x8x8xf32>
    %concat_18 = tensor.concat dim(2) %concat_17, %concat_17 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x8x16xf32>
    %6 = tensor.empty() : tensor<1x8x16xbf16>
    %7 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_18 : tensor<1x8x16xf32>) outs(%6 : tensor<1x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %21 = arith.truncf %in : f32 to bf16
      linalg.yield %21 : bf16
    } -> tensor<1x8x16xbf16>
    %8 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_7 : tensor<1x8x16xf32>) outs(%6 : tensor<1x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %21 = arith.truncf %in : f32 to bf16
      linalg.yield %21 : bf16
    } -> tensor<1x8x16xbf16>
    %expanded_19 = tensor.expand_shape %7 [[0], [1, 2], [3]] output_shape [1, 1, 8, 16] : tensor<1x8x16xbf16> into tensor<1x1x8x16xbf16>
    %expanded_20 = tensor.expand_shape %8 [[0], [1, 2], [3]] output_shape [1, 1, 8, 16] : tensor<1x8x16xbf16> into tensor<1x1x8x16xbf16>
    %9 = tensor.empty() : tensor<1x4x8x16xbf16>
    %10 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded_19 : tensor<1x4x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%9 : tensor<1x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_27: bf16, %out: bf16):
      %21 = arith.mulf %in, %in_27 : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x4x8x16xbf16>
    %extracted_slice_21 = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 4, 8, 8] [1, 1, 1, 1] : tensor<1x4x8x16xbf16> to tensor<1x4x8x8xbf16>
    %extracted_slice_22 = tensor.extract_slice %arg0[0, 0, 0, 8] [1, 4, 8, 8] [1, 1, 1, 1] : tensor<1x4x8x16xbf16> to tensor<1x4x8x8xbf16>
    %11 = tensor.empty() : tensor<1x4x8x8xbf16>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22 : tensor<1x4x8x8xbf16>) outs(%11 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %21 = arith.negf %in : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x4x8x8xbf16>
    %concat_23 = tensor.concat dim(3) %12, %extracted_slice_21 : (tensor<1x4x8x8xbf16>, tensor<1x4x8x8xbf16>) -> tensor<1x4x8x16xbf16>
    %13 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_23, %expanded_20 : tensor<1x4x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%9 : tensor<1x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_27: bf16, %out: bf16):
      %21 = arith.mulf %in, %in_27 : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x4x8x16xbf16>
    %14 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %13 : tensor<1x4x8x16xbf16>, tensor<1x4x8x16xbf16>) outs(%9 : tensor<1x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_27: bf16, %out: bf16):
      %21 = arith.addf %in, %in_27 : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x4x8x16xbf16>
    %15 = tensor.empty() : tensor<1x2x8x16xbf16>
    %16 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded_19 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%15 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_27: bf16, %out: bf16):
      %21 = arith.mulf %in, %in_27 : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x2x8x16xbf16>
    %extracted_slice_24 = tensor.extract_slice %arg1[0, 0, 0, 0] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %extracted_slice_25 = tensor.extract_slice %arg1[0, 0, 0, 8] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %17 = tensor.empty() : tensor<1x2x8x8xbf16>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25 : tensor<1x2x8x8xbf16>) outs(%17 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %21 = arith.negf %in : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x2x8x8xbf16>
    %concat_26 = tensor.concat dim(3) %18, %extracted_slice_24 : (tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) -> tensor<1x2x8x16xbf16>
    %19 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_26, %expanded_20 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%15 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_27: bf16, %out: bf16):
      %21 = arith.mulf %in, %in_27 : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x2x8x16xbf16>
    %20 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %19 : tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>) outs(%15 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_27: bf16, %out: bf16):
      %21 = arith.addf %in, %in_27 : bf16
      linalg.yield %21 : bf16
    } -> tensor<1x2x8x16xbf16>
    return %14, %20 : tensor<1x4x8x16xbf16>, tensor<1x2x8x16xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
