// transformers LlamaRotaryEmbedding (rope_type=linear) + apply_rotary_pos_emb.
// bf16, static (seq 8) sequence length; RoPE sites: 1.
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
  func.func @main(%arg0: tensor<1x4x8x16xbf16>, %arg1: tensor<1x2x8x16xbf16>, %arg2: tensor<1x8xi64>) -> (tensor<1x4x8x16xbf16>, tensor<1x2x8x16xbf16>) {
    %cst = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %expanded = tensor.expand_shape %arg2 [[0], [1, 2]] output_shape [1, 8, 1] : tensor<1x8xi64> into tensor<1x8x1xi64>
    %0 = tensor.empty() : tensor<1x8x1xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x8x1xi64>) outs(%0 : tensor<1x8x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %22 = arith.sitofp %in : i64 to f32
      linalg.yield %22 : f32
    } -> tensor<1x8x1xf32>
    %2 = tensor.empty() : tensor<1x8x8xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst : tensor<1x8x1xf32>, tensor<8xf32>) outs(%2 : tensor<1x8x8xf32>) {
    ^bb0(%in: f32, %in_7: f32, %out: f32):
      %22 = arith.mulf %in, %in_7 : f32
      linalg.yield %22 : f32
    } -> tensor<1x8x8xf32>
    %concat = tensor.concat dim(2) %3, %3 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x8x16xf32>
    %4 = tensor.empty() : tensor<1x8x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x8x16xf32>) outs(%4 : tensor<1x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %22 = math.cos %in : f32
      linalg.yield %22 : f32
    } -> tensor<1x8x16xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x8x16xf32>) outs(%4 : tensor<1x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %22 = math.sin %in : f32
      linalg.yield %22 : f32
    } -> tensor<1x8x16xf32>
    %7 = tensor.empty() : tensor<1x8x16xbf16>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<1x8x16xf32>) outs(%7 : tensor<1x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %22 = arith.truncf %in : f32 to bf16
      linalg.yield %22 : bf16
    } -> tensor<1x8x16xbf16>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<1x8x16xf32>) outs(%7 : tensor<1x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %22 = arith.truncf %in : f32 to bf16
      linalg.yield %22 : bf16
    } -> tensor<1x8x16xbf16>
    %expanded_0 = tensor.expand_shape %8 [[0], [1, 2], [3]] output_shape [1, 1, 8, 16] : tensor<1x8x16xbf16> into tensor<1x1x8x16xbf16>
    %expanded_1 = tensor.expand_shape %9 [[0], [1, 2], [3]] output_shape [1, 1, 8, 16] : tensor<1x8x16xbf16> into tensor<1x1x8x16xbf16>
    %10 = tensor.empty() : tensor<1x4x8x16xbf16>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded_0 : tensor<1x4x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%10 : tensor<1x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_7: bf16, %out: bf16):
      %22 = arith.mulf %in, %in_7 : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x4x8x16xbf16>
    %extracted_slice = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 4, 8, 8] [1, 1, 1, 1] : tensor<1x4x8x16xbf16> to tensor<1x4x8x8xbf16>
    %extracted_slice_2 = tensor.extract_slice %arg0[0, 0, 0, 8] [1, 4, 8, 8] [1, 1, 1, 1] : tensor<1x4x8x16xbf16> to tensor<1x4x8x8xbf16>
    %12 = tensor.empty() : tensor<1x4x8x8xbf16>
    %13 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_2 : tensor<1x4x8x8xbf16>) outs(%12 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %22 = arith.negf %in : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x4x8x8xbf16>
    %concat_3 = tensor.concat dim(3) %13, %extracted_slice : (tensor<1x4x8x8xbf16>, tensor<1x4x8x8xbf16>) -> tensor<1x4x8x16xbf16>
    %14 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_3, %expanded_1 : tensor<1x4x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%10 : tensor<1x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_7: bf16, %out: bf16):
      %22 = arith.mulf %in, %in_7 : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x4x8x16xbf16>
    %15 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %14 : tensor<1x4x8x16xbf16>, tensor<1x4x8x16xbf16>) outs(%10 : tensor<1x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_7: bf16, %out: bf16):
      %22 = arith.addf %in, %in_7 : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x4x8x16xbf16>
    %16 = tensor.empty() : tensor<1x2x8x16xbf16>
    %17 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded_0 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%16 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_7: bf16, %out: bf16):
      %22 = arith.mulf %in, %in_7 : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x2x8x16xbf16>
    %extracted_slice_4 = tensor.extract_slice %arg1[0, 0, 0, 0] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %extracted_slice_5 = tensor.extract_slice %arg1[0, 0, 0, 8] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %18 = tensor.empty() : tensor<1x2x8x8xbf16>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_5 : tensor<1x2x8x8xbf16>) outs(%18 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %22 = arith.negf %in : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x2x8x8xbf16>
    %concat_6 = tensor.concat dim(3) %19, %extracted_slice_4 : (tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) -> tensor<1x2x8x16xbf16>
    %20 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_6, %expanded_1 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%16 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_7: bf16, %out: bf16):
      %22 = arith.mulf %in, %in_7 : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x2x8x16xbf16>
    %21 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %20 : tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>) outs(%16 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_7: bf16, %out: bf16):
      %22 = arith.addf %in, %in_7 : bf16
      linalg.yield %22 : bf16
    } -> tensor<1x2x8x16xbf16>
    return %15, %21 : tensor<1x4x8x16xbf16>, tensor<1x2x8x16xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000003F9BE8213ECDCC4C3DE386813C0AD7A33B383ECF3A6F12033A60CB2539"
    }
  }
#-}
