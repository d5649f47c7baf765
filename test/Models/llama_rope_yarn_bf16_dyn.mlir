// transformers LlamaRotaryEmbedding (rope_type=yarn) + apply_rotary_pos_emb.
// bf16, dynamic sequence length; RoPE sites: 1.
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
  func.func @main(%arg0: tensor<1x4x?x16xbf16>, %arg1: tensor<1x2x?x16xbf16>, %arg2: tensor<1x?xi64>) -> (tensor<1x4x?x16xbf16>, tensor<1x2x?x16xbf16>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 1.1386294361119891 : f64
    %cst_0 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %dim = tensor.dim %arg2, %c1 : tensor<1x?xi64>
    %expanded = tensor.expand_shape %arg2 [[0], [1, 2]] output_shape [1, %dim, 1] : tensor<1x?xi64> into tensor<1x?x1xi64>
    %0 = tensor.empty(%dim) : tensor<1x?x1xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x?x1xi64>) outs(%0 : tensor<1x?x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %32 = arith.sitofp %in : i64 to f32
      linalg.yield %32 : f32
    } -> tensor<1x?x1xf32>
    %2 = tensor.empty(%dim) : tensor<1x?x8xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst_0 : tensor<1x?x1xf32>, tensor<8xf32>) outs(%2 : tensor<1x?x8xf32>) {
    ^bb0(%in: f32, %in_13: f32, %out: f32):
      %32 = arith.mulf %in, %in_13 : f32
      linalg.yield %32 : f32
    } -> tensor<1x?x8xf32>
    %concat = tensor.concat dim(2) %3, %3 : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x16xf32>
    %dim_1 = tensor.dim %3, %c1 : tensor<1x?x8xf32>
    %4 = tensor.empty(%dim_1) : tensor<1x?x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %32 = math.cos %in : f32
      linalg.yield %32 : f32
    } -> tensor<1x?x16xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %32 = arith.truncf %cst : f64 to f32
      %33 = arith.mulf %in, %32 : f32
      linalg.yield %33 : f32
    } -> tensor<1x?x16xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %32 = math.sin %in : f32
      linalg.yield %32 : f32
    } -> tensor<1x?x16xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<1x?x16xf32>) outs(%4 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %32 = arith.truncf %cst : f64 to f32
      %33 = arith.mulf %in, %32 : f32
      linalg.yield %33 : f32
    } -> tensor<1x?x16xf32>
    %9 = tensor.empty(%dim_1) : tensor<1x?x16xbf16>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<1x?x16xf32>) outs(%9 : tensor<1x?x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %32 = arith.truncf %in : f32 to bf16
      linalg.yield %32 : bf16
    } -> tensor<1x?x16xbf16>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<1x?x16xf32>) outs(%9 : tensor<1x?x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %32 = arith.truncf %in : f32 to bf16
      linalg.yield %32 : bf16
    } -> tensor<1x?x16xbf16>
    %expanded_2 = tensor.expand_shape %10 [[0], [1, 2], [3]] output_shape [1, 1, %dim_1, 16] : tensor<1x?x16xbf16> into tensor<1x1x?x16xbf16>
    %expanded_3 = tensor.expand_shape %11 [[0], [1, 2], [3]] output_shape [1, 1, %dim_1, 16] : tensor<1x?x16xbf16> into tensor<1x1x?x16xbf16>
    %dim_4 = tensor.dim %arg0, %c2 : tensor<1x4x?x16xbf16>
    %12 = arith.cmpi eq, %dim_4, %dim_1 : index
    cf.assert %12, "mismatched size for broadcast"
    %13 = tensor.empty(%dim_4) : tensor<1x4x?x16xbf16>
    %14 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded_2 : tensor<1x4x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%13 : tensor<1x4x?x16xbf16>) {
    ^bb0(%in: bf16, %in_13: bf16, %out: bf16):
      %32 = arith.mulf %in, %in_13 : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x4x?x16xbf16>
    %extracted_slice = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 4, %dim_4, 8] [1, 1, 1, 1] : tensor<1x4x?x16xbf16> to tensor<1x4x?x8xbf16>
    %extracted_slice_5 = tensor.extract_slice %arg0[0, 0, 0, 8] [1, 4, %dim_4, 8] [1, 1, 1, 1] : tensor<1x4x?x16xbf16> to tensor<1x4x?x8xbf16>
    %15 = tensor.empty(%dim_4) : tensor<1x4x?x8xbf16>
    %16 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_5 : tensor<1x4x?x8xbf16>) outs(%15 : tensor<1x4x?x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %32 = arith.negf %in : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x4x?x8xbf16>
    %concat_6 = tensor.concat dim(3) %16, %extracted_slice : (tensor<1x4x?x8xbf16>, tensor<1x4x?x8xbf16>) -> tensor<1x4x?x16xbf16>
    %dim_7 = tensor.dim %16, %c2 : tensor<1x4x?x8xbf16>
    %17 = arith.cmpi eq, %dim_7, %dim_1 : index
    cf.assert %17, "mismatched size for broadcast"
    %18 = tensor.empty(%dim_7) : tensor<1x4x?x16xbf16>
    %19 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_6, %expanded_3 : tensor<1x4x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%18 : tensor<1x4x?x16xbf16>) {
    ^bb0(%in: bf16, %in_13: bf16, %out: bf16):
      %32 = arith.mulf %in, %in_13 : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x4x?x16xbf16>
    %20 = arith.cmpi eq, %dim_4, %dim_7 : index
    cf.assert %20, "mismatched size for broadcast"
    %21 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %19 : tensor<1x4x?x16xbf16>, tensor<1x4x?x16xbf16>) outs(%13 : tensor<1x4x?x16xbf16>) {
    ^bb0(%in: bf16, %in_13: bf16, %out: bf16):
      %32 = arith.addf %in, %in_13 : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x4x?x16xbf16>
    %dim_8 = tensor.dim %arg1, %c2 : tensor<1x2x?x16xbf16>
    %22 = arith.cmpi eq, %dim_8, %dim_1 : index
    cf.assert %22, "mismatched size for broadcast"
    %23 = tensor.empty(%dim_8) : tensor<1x2x?x16xbf16>
    %24 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded_2 : tensor<1x2x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%23 : tensor<1x2x?x16xbf16>) {
    ^bb0(%in: bf16, %in_13: bf16, %out: bf16):
      %32 = arith.mulf %in, %in_13 : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x2x?x16xbf16>
    %extracted_slice_9 = tensor.extract_slice %arg1[0, 0, 0, 0] [1, 2, %dim_8, 8] [1, 1, 1, 1] : tensor<1x2x?x16xbf16> to tensor<1x2x?x8xbf16>
    %extracted_slice_10 = tensor.extract_slice %arg1[0, 0, 0, 8] [1, 2, %dim_8, 8] [1, 1, 1, 1] : tensor<1x2x?x16xbf16> to tensor<1x2x?x8xbf16>
    %25 = tensor.empty(%dim_8) : tensor<1x2x?x8xbf16>
    %26 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_10 : tensor<1x2x?x8xbf16>) outs(%25 : tensor<1x2x?x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %32 = arith.negf %in : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x2x?x8xbf16>
    %concat_11 = tensor.concat dim(3) %26, %extracted_slice_9 : (tensor<1x2x?x8xbf16>, tensor<1x2x?x8xbf16>) -> tensor<1x2x?x16xbf16>
    %dim_12 = tensor.dim %26, %c2 : tensor<1x2x?x8xbf16>
    %27 = arith.cmpi eq, %dim_12, %dim_1 : index
    cf.assert %27, "mismatched size for broadcast"
    %28 = tensor.empty(%dim_12) : tensor<1x2x?x16xbf16>
    %29 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_11, %expanded_3 : tensor<1x2x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%28 : tensor<1x2x?x16xbf16>) {
    ^bb0(%in: bf16, %in_13: bf16, %out: bf16):
      %32 = arith.mulf %in, %in_13 : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x2x?x16xbf16>
    %30 = arith.cmpi eq, %dim_8, %dim_12 : index
    cf.assert %30, "mismatched size for broadcast"
    %31 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %29 : tensor<1x2x?x16xbf16>, tensor<1x2x?x16xbf16>) outs(%23 : tensor<1x2x?x16xbf16>) {
    ^bb0(%in: bf16, %in_13: bf16, %out: bf16):
      %32 = arith.addf %in, %in_13 : bf16
      linalg.yield %32 : bf16
    } -> tensor<1x2x?x16xbf16>
    return %21, %31 : tensor<1x4x?x16xbf16>, tensor<1x2x?x16xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13DCDCCCC3CE386013C0AD7233B383E4F3A6F12833960CBA538"
    }
  }
#-}
