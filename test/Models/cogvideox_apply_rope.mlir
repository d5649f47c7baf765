// diffusers apply_rotary_emb with the 3D (cos, sin) table as inputs.
// f32, static (seq 8) sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x2x8x48xf32>, %arg1: tensor<1x2x8x48xf32>, %arg2: tensor<8x48xf32>, %arg3: tensor<8x48xf32>) -> (tensor<1x2x8x48xf32>, tensor<1x2x8x48xf32>) {
    %expanded = tensor.expand_shape %arg2 [[0, 1, 2], [3]] output_shape [1, 1, 8, 48] : tensor<8x48xf32> into tensor<1x1x8x48xf32>
    %expanded_0 = tensor.expand_shape %arg3 [[0, 1, 2], [3]] output_shape [1, 1, 8, 48] : tensor<8x48xf32> into tensor<1x1x8x48xf32>
    %expanded_1 = tensor.expand_shape %arg0 [[0], [1], [2], [3, 4]] output_shape [1, 2, 8, 24, 2] : tensor<1x2x8x48xf32> into tensor<1x2x8x24x2xf32>
    %extracted_slice = tensor.extract_slice %expanded_1[0, 0, 0, 0, 0] [1, 2, 8, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x8x24x2xf32> to tensor<1x2x8x24x1xf32>
    %extracted_slice_2 = tensor.extract_slice %expanded_1[0, 0, 0, 0, 1] [1, 2, 8, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x8x24x2xf32> to tensor<1x2x8x24x1xf32>
    %collapsed = tensor.collapse_shape %extracted_slice_2 [[0], [1], [2], [3, 4]] : tensor<1x2x8x24x1xf32> into tensor<1x2x8x24xf32>
    %0 = tensor.empty() : tensor<1x2x8x24xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed : tensor<1x2x8x24xf32>) outs(%0 : tensor<1x2x8x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %10 = arith.negf %in : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x24xf32>
    %expanded_3 = tensor.expand_shape %1 [[0], [1], [2], [3, 4]] output_shape [1, 2, 8, 24, 1] : tensor<1x2x8x24xf32> into tensor<1x2x8x24x1xf32>
    %concat = tensor.concat dim(4) %expanded_3, %extracted_slice : (tensor<1x2x8x24x1xf32>, tensor<1x2x8x24x1xf32>) -> tensor<1x2x8x24x2xf32>
    %collapsed_4 = tensor.collapse_shape %concat [[0], [1], [2], [3, 4]] : tensor<1x2x8x24x2xf32> into tensor<1x2x8x48xf32>
    %2 = tensor.empty() : tensor<1x2x8x48xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded : tensor<1x2x8x48xf32>, tensor<1x1x8x48xf32>) outs(%2 : tensor<1x2x8x48xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %10 = arith.mulf %in, %in_12 : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x48xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_4, %expanded_0 : tensor<1x2x8x48xf32>, tensor<1x1x8x48xf32>) outs(%2 : tensor<1x2x8x48xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %10 = arith.mulf %in, %in_12 : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x48xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3, %4 : tensor<1x2x8x48xf32>, tensor<1x2x8x48xf32>) outs(%2 : tensor<1x2x8x48xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %10 = arith.addf %in, %in_12 : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x48xf32>
    %expanded_5 = tensor.expand_shape %arg1 [[0], [1], [2], [3, 4]] output_shape [1, 2, 8, 24, 2] : tensor<1x2x8x48xf32> into tensor<1x2x8x24x2xf32>
    %extracted_slice_6 = tensor.extract_slice %expanded_5[0, 0, 0, 0, 0] [1, 2, 8, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x8x24x2xf32> to tensor<1x2x8x24x1xf32>
    %extracted_slice_7 = tensor.extract_slice %expanded_5[0, 0, 0, 0, 1] [1, 2, 8, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x8x24x2xf32> to tensor<1x2x8x24x1xf32>
    %collapsed_8 = tensor.collapse_shape %extracted_slice_7 [[0], [1], [2], [3, 4]] : tensor<1x2x8x24x1xf32> into tensor<1x2x8x24xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_8 : tensor<1x2x8x24xf32>) outs(%0 : tensor<1x2x8x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %10 = arith.negf %in : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x24xf32>
    %expanded_9 = tensor.expand_shape %6 [[0], [1], [2], [3, 4]] output_shape [1, 2, 8, 24, 1] : tensor<1x2x8x24xf32> into tensor<1x2x8x24x1xf32>
    %concat_10 = tensor.concat dim(4) %expanded_9, %extracted_slice_6 : (tensor<1x2x8x24x1xf32>, tensor<1x2x8x24x1xf32>) -> tensor<1x2x8x24x2xf32>
    %collapsed_11 = tensor.collapse_shape %concat_10 [[0], [1], [2], [3, 4]] : tensor<1x2x8x24x2xf32> into tensor<1x2x8x48xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded : tensor<1x2x8x48xf32>, tensor<1x1x8x48xf32>) outs(%2 : tensor<1x2x8x48xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %10 = arith.mulf %in, %in_12 : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x48xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_11, %expanded_0 : tensor<1x2x8x48xf32>, tensor<1x1x8x48xf32>) outs(%2 : tensor<1x2x8x48xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %10 = arith.mulf %in, %in_12 : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x48xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %8 : tensor<1x2x8x48xf32>, tensor<1x2x8x48xf32>) outs(%2 : tensor<1x2x8x48xf32>) {
    ^bb0(%in: f32, %in_12: f32, %out: f32):
      %10 = arith.addf %in, %in_12 : f32
      linalg.yield %10 : f32
    } -> tensor<1x2x8x48xf32>
    return %5, %9 : tensor<1x2x8x48xf32>, tensor<1x2x8x48xf32>
  }
}
