// transformers LlamaAttention (eager) with LlamaRotaryEmbedding: projections, RoPE, attention.
// bf16, dynamic sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<1x?x64xbf16>, %arg1: tensor<1x?xi64>) -> tensor<1x?x64xbf16> {
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16_i64 = arith.constant 16 : i64
    %c4_i64 = arith.constant 4 : i64
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense_resource<torch_tensor_64_64_torch.bfloat16_1> : tensor<64x64xbf16>
    %cst_2 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16_1> : tensor<32x64xbf16>
    %cst_3 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_4 = arith.constant dense_resource<torch_tensor_64_64_torch.bfloat16> : tensor<64x64xbf16>
    %cst_5 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %c64_i64 = arith.constant 64 : i64
    %c32_i64 = arith.constant 32 : i64
    %cst_6 = arith.constant 2.500000e-01 : bf16
    %c2 = arith.constant 2 : index
    %dim = tensor.dim %arg0, %c1 : tensor<1x?x64xbf16>
    %0 = arith.index_cast %dim : index to i64
    %dim_7 = tensor.dim %arg1, %c1 : tensor<1x?xi64>
    %expanded = tensor.expand_shape %arg1 [[0], [1, 2]] output_shape [1, %dim_7, 1] : tensor<1x?xi64> into tensor<1x?x1xi64>
    %1 = tensor.empty(%dim_7) : tensor<1x?x1xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x?x1xi64>) outs(%1 : tensor<1x?x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %117 = arith.sitofp %in : i64 to f32
      linalg.yield %117 : f32
    } -> tensor<1x?x1xf32>
    %3 = tensor.empty(%dim_7) : tensor<1x?x8xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %cst_5 : tensor<1x?x1xf32>, tensor<8xf32>) outs(%3 : tensor<1x?x8xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %117 = arith.mulf %in, %in_49 : f32
      linalg.yield %117 : f32
    } -> tensor<1x?x8xf32>
    %concat = tensor.concat dim(2) %4, %4 : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x16xf32>
    %dim_8 = tensor.dim %4, %c1 : tensor<1x?x8xf32>
    %5 = tensor.empty(%dim_8) : tensor<1x?x16xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%5 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.cos %in : f32
      linalg.yield %117 : f32
    } -> tensor<1x?x16xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x?x16xf32>) outs(%5 : tensor<1x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.sin %in : f32
      linalg.yield %117 : f32
    } -> tensor<1x?x16xf32>
    %8 = tensor.empty(%dim_8) : tensor<1x?x16xbf16>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<1x?x16xf32>) outs(%8 : tensor<1x?x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<1x?x16xbf16>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<1x?x16xf32>) outs(%8 : tensor<1x?x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<1x?x16xbf16>
    %11 = tensor.empty() : tensor<64x64xbf16>
    %transposed = linalg.transpose ins(%cst_4 : tensor<64x64xbf16>) outs(%11 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x?x64xbf16> into tensor<?x64xbf16>
    %12 = tensor.empty(%dim) : tensor<?x64xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%12 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %14 = linalg.matmul ins(%collapsed, %transposed : tensor<?x64xbf16>, tensor<64x64xbf16>) outs(%13 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %15 = tensor.empty(%dim) : tensor<?x64xbf16>
    %16 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%14 : tensor<?x64xf32>) outs(%15 : tensor<?x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<?x64xbf16>
    %expanded_9 = tensor.expand_shape %16 [[0, 1], [2]] output_shape [1, %dim, 64] : tensor<?x64xbf16> into tensor<1x?x64xbf16>
    %17 = arith.cmpi slt, %0, %c0_i64 : i64
    %18 = arith.select %17, %c1_i64, %0 : i64
    %19 = arith.extui %17 : i1 to i64
    %20 = arith.addi %19, %c1_i64 : i64
    %21 = arith.muli %18, %c16_i64 : i64
    %22 = arith.cmpi sle, %20, %c1_i64 : i64
    cf.assert %22, "must have at most one inferred (negative) dimension"
    %23 = arith.muli %0, %c64_i64 : i64
    %24 = arith.divsi %23, %21 : i64
    %25 = arith.select %17, %24, %0 : i64
    %from_elements = tensor.from_elements %c1_i64, %25, %24, %c16_i64 : tensor<4xi64>
    %reshape = tensor.reshape %expanded_9(%from_elements) : (tensor<1x?x64xbf16>, tensor<4xi64>) -> tensor<1x?x4x16xbf16>
    %26 = arith.index_cast %25 : i64 to index
    %27 = tensor.empty(%26) : tensor<1x4x?x16xbf16>
    %transposed_10 = linalg.transpose ins(%reshape : tensor<1x?x4x16xbf16>) outs(%27 : tensor<1x4x?x16xbf16>) permutation = [0, 2, 1, 3] 
    %28 = tensor.empty() : tensor<64x32xbf16>
    %transposed_11 = linalg.transpose ins(%cst_3 : tensor<32x64xbf16>) outs(%28 : tensor<64x32xbf16>) permutation = [1, 0] 
    %29 = tensor.empty(%dim) : tensor<?x32xf32>
    %30 = linalg.fill ins(%cst : f32) outs(%29 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %31 = linalg.matmul ins(%collapsed, %transposed_11 : tensor<?x64xbf16>, tensor<64x32xbf16>) outs(%30 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %32 = tensor.empty(%dim) : tensor<?x32xbf16>
    %33 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%31 : tensor<?x32xf32>) outs(%32 : tensor<?x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<?x32xbf16>
    %expanded_12 = tensor.expand_shape %33 [[0, 1], [2]] output_shape [1, %dim, 32] : tensor<?x32xbf16> into tensor<1x?x32xbf16>
    cf.assert %22, "must have at most one inferred (negative) dimension"
    %34 = arith.muli %0, %c32_i64 : i64
    %35 = arith.divsi %34, %21 : i64
    %36 = arith.select %17, %35, %0 : i64
    %from_elements_13 = tensor.from_elements %c1_i64, %36, %35, %c16_i64 : tensor<4xi64>
    %reshape_14 = tensor.reshape %expanded_12(%from_elements_13) : (tensor<1x?x32xbf16>, tensor<4xi64>) -> tensor<1x?x2x16xbf16>
    %37 = arith.index_cast %36 : i64 to index
    %38 = tensor.empty(%37) : tensor<1x2x?x16xbf16>
    %transposed_15 = linalg.transpose ins(%reshape_14 : tensor<1x?x2x16xbf16>) outs(%38 : tensor<1x2x?x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%cst_2 : tensor<32x64xbf16>) outs(%28 : tensor<64x32xbf16>) permutation = [1, 0] 
    %39 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<?x64xbf16>, tensor<64x32xbf16>) outs(%30 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %40 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<?x32xf32>) outs(%32 : tensor<?x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<?x32xbf16>
    %expanded_17 = tensor.expand_shape %40 [[0, 1], [2]] output_shape [1, %dim, 32] : tensor<?x32xbf16> into tensor<1x?x32xbf16>
    cf.assert %22, "must have at most one inferred (negative) dimension"
    %reshape_18 = tensor.reshape %expanded_17(%from_elements_13) : (tensor<1x?x32xbf16>, tensor<4xi64>) -> tensor<1x?x2x16xbf16>
    %transposed_19 = linalg.transpose ins(%reshape_18 : tensor<1x?x2x16xbf16>) outs(%38 : tensor<1x2x?x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_20 = tensor.expand_shape %9 [[0], [1, 2], [3]] output_shape [1, 1, %dim_8, 16] : tensor<1x?x16xbf16> into tensor<1x1x?x16xbf16>
    %expanded_21 = tensor.expand_shape %10 [[0], [1, 2], [3]] output_shape [1, 1, %dim_8, 16] : tensor<1x?x16xbf16> into tensor<1x1x?x16xbf16>
    %41 = arith.cmpi eq, %26, %dim_8 : index
    cf.assert %41, "mismatched size for broadcast"
    %42 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_10, %expanded_20 : tensor<1x4x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%27 : tensor<1x4x?x16xbf16>) {
    ^bb0(%in: bf16, %in_49: bf16, %out: bf16):
      %117 = arith.mulf %in, %in_49 : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x4x?x16xbf16>
    %extracted_slice = tensor.extract_slice %transposed_10[0, 0, 0, 0] [1, 4, %26, 8] [1, 1, 1, 1] : tensor<1x4x?x16xbf16> to tensor<1x4x?x8xbf16>
    %extracted_slice_22 = tensor.extract_slice %transposed_10[0, 0, 0, 8] [1, 4, %26, 8] [1, 1, 1, 1] : tensor<1x4x?x16xbf16> to tensor<1x4x?x8xbf16>
    %43 = tensor.empty(%26) : tensor<1x4x?x8xbf16>
    %44 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22 : tensor<1x4x?x8xbf16>) outs(%43 : tensor<1x4x?x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %117 = arith.negf %in : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x4x?x8xbf16>
    %concat_23 = tensor.concat dim(3) %44, %extracted_slice : (tensor<1x4x?x8xbf16>, tensor<1x4x?x8xbf16>) -> tensor<1x4x?x16xbf16>
    %dim_24 = tensor.dim %44, %c2 : tensor<1x4x?x8xbf16>
    %45 = arith.cmpi eq, %dim_24, %dim_8 : index
    cf.assert %45, "mismatched size for broadcast"
    %46 = tensor.empty(%dim_24) : tensor<1x4x?x16xbf16>
    %47 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_23, %expanded_21 : tensor<1x4x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%46 : tensor<1x4x?x16xbf16>) {
    ^bb0(%in: bf16, %in_49: bf16, %out: bf16):
      %117 = arith.mulf %in, %in_49 : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x4x?x16xbf16>
    %48 = arith.cmpi eq, %26, %dim_24 : index
    cf.assert %48, "mismatched size for broadcast"
    %49 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %47 : tensor<1x4x?x16xbf16>, tensor<1x4x?x16xbf16>) outs(%27 : tensor<1x4x?x16xbf16>) {
    ^bb0(%in: bf16, %in_49: bf16, %out: bf16):
      %117 = arith.addf %in, %in_49 : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x4x?x16xbf16>
    %50 = arith.cmpi eq, %37, %dim_8 : index
    cf.assert %50, "mismatched size for broadcast"
    %51 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_15, %expanded_20 : tensor<1x2x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%38 : tensor<1x2x?x16xbf16>) {
    ^bb0(%in: bf16, %in_49: bf16, %out: bf16):
      %117 = arith.mulf %in, %in_49 : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x2x?x16xbf16>
    %extracted_slice_25 = tensor.extract_slice %transposed_15[0, 0, 0, 0] [1, 2, %37, 8] [1, 1, 1, 1] : tensor<1x2x?x16xbf16> to tensor<1x2x?x8xbf16>
    %extracted_slice_26 = tensor.extract_slice %transposed_15[0, 0, 0, 8] [1, 2, %37, 8] [1, 1, 1, 1] : tensor<1x2x?x16xbf16> to tensor<1x2x?x8xbf16>
    %52 = tensor.empty(%37) : tensor<1x2x?x8xbf16>
    %53 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26 : tensor<1x2x?x8xbf16>) outs(%52 : tensor<1x2x?x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %117 = arith.negf %in : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x2x?x8xbf16>
    %concat_27 = tensor.concat dim(3) %53, %extracted_slice_25 : (tensor<1x2x?x8xbf16>, tensor<1x2x?x8xbf16>) -> tensor<1x2x?x16xbf16>
    %dim_28 = tensor.dim %53, %c2 : tensor<1x2x?x8xbf16>
    %54 = arith.cmpi eq, %dim_28, %dim_8 : index
    cf.assert %54, "mismatched size for broadcast"
    %55 = tensor.empty(%dim_28) : tensor<1x2x?x16xbf16>
    %56 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_27, %expanded_21 : tensor<1x2x?x16xbf16>, tensor<1x1x?x16xbf16>) outs(%55 : tensor<1x2x?x16xbf16>) {
    ^bb0(%in: bf16, %in_49: bf16, %out: bf16):
      %117 = arith.mulf %in, %in_49 : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x2x?x16xbf16>
    %57 = arith.cmpi eq, %37, %dim_28 : index
    cf.assert %57, "mismatched size for broadcast"
    %58 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %56 : tensor<1x2x?x16xbf16>, tensor<1x2x?x16xbf16>) outs(%38 : tensor<1x2x?x16xbf16>) {
    ^bb0(%in: bf16, %in_49: bf16, %out: bf16):
      %117 = arith.addf %in, %in_49 : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x2x?x16xbf16>
    %expanded_29 = tensor.expand_shape %58 [[0], [1], [2, 3], [4]] output_shape [1, 2, 1, %37, 16] : tensor<1x2x?x16xbf16> into tensor<1x2x1x?x16xbf16>
    %59 = arith.cmpi sge, %0, %c0_i64 : i64
    cf.assert %59, "unimplemented: dynamic negative broadcast sizes"
    %60 = tensor.empty(%dim) : tensor<1x2x2x?x16xbf16>
    %61 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%60 : tensor<1x2x2x?x16xbf16>) {
    ^bb0(%out: bf16):
      %117 = linalg.index 1 : index
      %118 = linalg.index 3 : index
      %119 = linalg.index 4 : index
      %120 = arith.cmpi eq, %37, %c1 : index
      %121 = arith.select %120, %c0, %118 : index
      %extracted = tensor.extract %expanded_29[%c0, %117, %c0, %121, %119] : tensor<1x2x1x?x16xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x2x2x?x16xbf16>
    %collapsed_30 = tensor.collapse_shape %61 [[0], [1, 2], [3], [4]] : tensor<1x2x2x?x16xbf16> into tensor<1x4x?x16xbf16>
    %expanded_31 = tensor.expand_shape %transposed_19 [[0], [1], [2, 3], [4]] output_shape [1, 2, 1, %37, 16] : tensor<1x2x?x16xbf16> into tensor<1x2x1x?x16xbf16>
    cf.assert %59, "unimplemented: dynamic negative broadcast sizes"
    %62 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%60 : tensor<1x2x2x?x16xbf16>) {
    ^bb0(%out: bf16):
      %117 = linalg.index 1 : index
      %118 = linalg.index 3 : index
      %119 = linalg.index 4 : index
      %120 = arith.cmpi eq, %37, %c1 : index
      %121 = arith.select %120, %c0, %118 : index
      %extracted = tensor.extract %expanded_31[%c0, %117, %c0, %121, %119] : tensor<1x2x1x?x16xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x2x2x?x16xbf16>
    %collapsed_32 = tensor.collapse_shape %62 [[0], [1, 2], [3], [4]] : tensor<1x2x2x?x16xbf16> into tensor<1x4x?x16xbf16>
    %63 = tensor.empty(%dim) : tensor<1x4x16x?xbf16>
    %transposed_33 = linalg.transpose ins(%collapsed_30 : tensor<1x4x?x16xbf16>) outs(%63 : tensor<1x4x16x?xbf16>) permutation = [0, 1, 3, 2] 
    cf.assert %59, "unimplemented: dynamic negative broadcast sizes"
    %64 = tensor.empty(%dim) : tensor<1x4x?x16xbf16>
    %65 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%64 : tensor<1x4x?x16xbf16>) {
    ^bb0(%out: bf16):
      %117 = linalg.index 1 : index
      %118 = linalg.index 2 : index
      %119 = linalg.index 3 : index
      %120 = arith.cmpi eq, %26, %c1 : index
      %121 = arith.select %120, %c0, %118 : index
      %extracted = tensor.extract %49[%c0, %117, %121, %119] : tensor<1x4x?x16xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x4x?x16xbf16>
    %collapsed_34 = tensor.collapse_shape %65 [[0, 1], [2], [3]] : tensor<1x4x?x16xbf16> into tensor<4x?x16xbf16>
    cf.assert %59, "unimplemented: dynamic negative broadcast sizes"
    %66 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%63 : tensor<1x4x16x?xbf16>) {
    ^bb0(%out: bf16):
      %117 = linalg.index 1 : index
      %118 = linalg.index 2 : index
      %119 = linalg.index 3 : index
      %120 = arith.cmpi eq, %dim, %c1 : index
      %121 = arith.select %120, %c0, %119 : index
      %extracted = tensor.extract %transposed_33[%c0, %117, %118, %121] : tensor<1x4x16x?xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x4x16x?xbf16>
    %collapsed_35 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<1x4x16x?xbf16> into tensor<4x16x?xbf16>
    %67 = tensor.empty(%dim, %dim) : tensor<4x?x?xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<4x?x?xf32>) -> tensor<4x?x?xf32>
    %69 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<4x?x16xbf16>, tensor<4x16x?xbf16>) outs(%68 : tensor<4x?x?xf32>) -> tensor<4x?x?xf32>
    %70 = tensor.empty(%dim, %dim) : tensor<4x?x?xbf16>
    %71 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<4x?x?xf32>) outs(%70 : tensor<4x?x?xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<4x?x?xbf16>
    %72 = arith.muli %0, %c4_i64 : i64
    %73 = arith.select %17, %c4_i64, %72 : i64
    %74 = arith.muli %73, %0 : i64
    %75 = arith.select %17, %c4_i64, %74 : i64
    %76 = arith.select %17, %20, %19 : i64
    %77 = arith.cmpi sle, %76, %c1_i64 : i64
    cf.assert %77, "must have at most one inferred (negative) dimension"
    %78 = arith.muli %72, %0 : i64
    %79 = arith.divsi %78, %75 : i64
    %80 = arith.select %17, %79, %0 : i64
    %from_elements_36 = tensor.from_elements %c1_i64, %c4_i64, %80, %80 : tensor<4xi64>
    %reshape_37 = tensor.reshape %71(%from_elements_36) : (tensor<4x?x?xbf16>, tensor<4xi64>) -> tensor<1x4x?x?xbf16>
    %81 = arith.index_cast %80 : i64 to index
    %82 = tensor.empty(%81, %81) : tensor<1x4x?x?xbf16>
    %83 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%reshape_37 : tensor<1x4x?x?xbf16>) outs(%82 : tensor<1x4x?x?xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %117 = arith.mulf %in, %cst_6 : bf16
      linalg.yield %117 : bf16
    } -> tensor<1x4x?x?xbf16>
    %84 = tensor.empty(%81, %81) : tensor<1x4x?x?xf32>
    %85 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83 : tensor<1x4x?x?xbf16>) outs(%84 : tensor<1x4x?x?xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %117 = arith.extf %in : bf16 to f32
      linalg.yield %117 : f32
    } -> tensor<1x4x?x?xf32>
    %86 = tensor.empty(%81) : tensor<1x4x?xi64>
    %87 = linalg.fill ins(%c0_i64 : i64) outs(%86 : tensor<1x4x?xi64>) -> tensor<1x4x?xi64>
    %88 = tensor.empty(%81) : tensor<1x4x?xf32>
    %89 = linalg.fill ins(%cst_0 : f32) outs(%88 : tensor<1x4x?xf32>) -> tensor<1x4x?xf32>
    %90:2 = linalg.generic {indexing_maps = [#map4, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%85 : tensor<1x4x?x?xf32>) outs(%89, %87 : tensor<1x4x?xf32>, tensor<1x4x?xi64>) {
    ^bb0(%in: f32, %out: f32, %out_49: i64):
      %117 = linalg.index 3 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.maximumf %in, %out : f32
      %120 = arith.cmpf ogt, %in, %out : f32
      %121 = arith.select %120, %118, %out_49 : i64
      linalg.yield %119, %121 : f32, i64
    } -> (tensor<1x4x?xf32>, tensor<1x4x?xi64>)
    %expanded_38 = tensor.expand_shape %90#0 [[0], [1], [2, 3]] output_shape [1, 4, %81, 1] : tensor<1x4x?xf32> into tensor<1x4x?x1xf32>
    %91 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %expanded_38 : tensor<1x4x?x?xf32>, tensor<1x4x?x1xf32>) outs(%84 : tensor<1x4x?x?xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %117 = arith.subf %in, %in_49 : f32
      linalg.yield %117 : f32
    } -> tensor<1x4x?x?xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91 : tensor<1x4x?x?xf32>) outs(%84 : tensor<1x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.exp %in : f32
      linalg.yield %117 : f32
    } -> tensor<1x4x?x?xf32>
    %93 = tensor.empty(%81) : tensor<1x4x?x1xf32>
    %94 = linalg.fill ins(%cst : f32) outs(%93 : tensor<1x4x?x1xf32>) -> tensor<1x4x?x1xf32>
    %95 = linalg.generic {indexing_maps = [#map4, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%92 : tensor<1x4x?x?xf32>) outs(%94 : tensor<1x4x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<1x4x?x1xf32>
    %96 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%92, %95 : tensor<1x4x?x?xf32>, tensor<1x4x?x1xf32>) outs(%84 : tensor<1x4x?x?xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %117 = arith.divf %in, %in_49 : f32
      linalg.yield %117 : f32
    } -> tensor<1x4x?x?xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%96 : tensor<1x4x?x?xf32>) outs(%82 : tensor<1x4x?x?xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<1x4x?x?xbf16>
    cf.assert %59, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %59, "unimplemented: dynamic negative broadcast sizes"
    %98 = tensor.empty(%dim, %dim) : tensor<1x4x?x?xbf16>
    %99 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%98 : tensor<1x4x?x?xbf16>) {
    ^bb0(%out: bf16):
      %117 = linalg.index 1 : index
      %118 = linalg.index 2 : index
      %119 = linalg.index 3 : index
      %120 = arith.cmpi eq, %81, %c1 : index
      %121 = arith.select %120, %c0, %118 : index
      %122 = arith.select %120, %c0, %119 : index
      %extracted = tensor.extract %97[%c0, %117, %121, %122] : tensor<1x4x?x?xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x4x?x?xbf16>
    cf.assert %77, "must have at most one inferred (negative) dimension"
    %from_elements_39 = tensor.from_elements %c4_i64, %80, %80 : tensor<3xi64>
    %reshape_40 = tensor.reshape %99(%from_elements_39) : (tensor<1x4x?x?xbf16>, tensor<3xi64>) -> tensor<4x?x?xbf16>
    cf.assert %59, "unimplemented: dynamic negative broadcast sizes"
    %100 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%64 : tensor<1x4x?x16xbf16>) {
    ^bb0(%out: bf16):
      %117 = linalg.index 1 : index
      %118 = linalg.index 2 : index
      %119 = linalg.index 3 : index
      %120 = arith.cmpi eq, %dim, %c1 : index
      %121 = arith.select %120, %c0, %118 : index
      %extracted = tensor.extract %collapsed_32[%c0, %117, %121, %119] : tensor<1x4x?x16xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x4x?x16xbf16>
    %collapsed_41 = tensor.collapse_shape %100 [[0, 1], [2], [3]] : tensor<1x4x?x16xbf16> into tensor<4x?x16xbf16>
    %101 = arith.cmpi eq, %80, %0 : i64
    cf.assert %101, "mismatching contracting dimension"
    %102 = tensor.empty(%81) : tensor<4x?x16xf32>
    %103 = linalg.fill ins(%cst : f32) outs(%102 : tensor<4x?x16xf32>) -> tensor<4x?x16xf32>
    %104 = linalg.batch_matmul ins(%reshape_40, %collapsed_41 : tensor<4x?x?xbf16>, tensor<4x?x16xbf16>) outs(%103 : tensor<4x?x16xf32>) -> tensor<4x?x16xf32>
    %105 = tensor.empty(%81) : tensor<4x?x16xbf16>
    %106 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<4x?x16xf32>) outs(%105 : tensor<4x?x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<4x?x16xbf16>
    %expanded_42 = tensor.expand_shape %106 [[0, 1], [2], [3]] output_shape [1, 4, %81, 16] : tensor<4x?x16xbf16> into tensor<1x4x?x16xbf16>
    %107 = tensor.empty(%81) : tensor<1x?x4x16xbf16>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<1x4x?x16xbf16>) outs(%107 : tensor<1x?x4x16xbf16>) permutation = [0, 2, 1, 3] 
    cf.assert %22, "must have at most one inferred (negative) dimension"
    %108 = arith.muli %80, %c64_i64 : i64
    %109 = arith.divsi %108, %18 : i64
    %110 = arith.select %17, %109, %0 : i64
    %from_elements_44 = tensor.from_elements %c1_i64, %110, %109 : tensor<3xi64>
    %reshape_45 = tensor.reshape %transposed_43(%from_elements_44) : (tensor<1x?x4x16xbf16>, tensor<3xi64>) -> tensor<1x?x64xbf16>
    %transposed_46 = linalg.transpose ins(%cst_1 : tensor<64x64xbf16>) outs(%11 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_47 = tensor.collapse_shape %reshape_45 [[0, 1], [2]] : tensor<1x?x64xbf16> into tensor<?x64xbf16>
    %111 = arith.index_cast %110 : i64 to index
    %112 = tensor.empty(%111) : tensor<?x64xf32>
    %113 = linalg.fill ins(%cst : f32) outs(%112 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %114 = linalg.matmul ins(%collapsed_47, %transposed_46 : tensor<?x64xbf16>, tensor<64x64xbf16>) outs(%113 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %115 = tensor.empty(%111) : tensor<?x64xbf16>
    %116 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%114 : tensor<?x64xf32>) outs(%115 : tensor<?x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %117 = arith.truncf %in : f32 to bf16
      linalg.yield %117 : bf16
    } -> tensor<?x64xbf16>
    %expanded_48 = tensor.expand_shape %116 [[0, 1], [2]] output_shape [1, %111, 64] : tensor<?x64xbf16> into tensor<1x?x64xbf16>
    return %expanded_48 : tensor<1x?x64xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_64_64_torch.bfloat16_1: "0x0200000089BB633D913CA1BD1FBDA8BDF53CC03D93BD2C3DC6BD533DF0BD49BDBCBAAEBC903D4CBD2A3D613D0C3DF8BD8EBDFBBC09BB453DB43DD33CAFBDFEBDE53DE139E4BD0DBD443D81BBA93DAFBC813CF03DE3BD4C3CD0BDACBDF0BD7B3DC9BC3A3D683C273DD7BD36BD0CBDBABD5A3D913D39BDAFBD85BDEFBDA7BD0DBDA93C76BDD2BD813DCD3DC23B92BC62BD273D243C6ABDB03D973DBD3DB13D98BDEA3D22BBECBDA23DA5BD70BDC73CB63DA43CDBBDAEBD3E3D0CBD0C3DDF3DA7BDDDBD2CBD1FBC2CBDFA3D99BD943D473DEB3DF6BDBB3D23BD34BD893BAE3D833D94BDF53CA7BB293DC0B8FEBC6D3DDB3D883D29BDE03AC33C95BDD93D873D5E3DED3D87BCC13D70BCCE3D9ABDFABD843D303DF3BD5E3DDBBC503DE83DCF3D933B7C3DEDBD173C263D833D393DAC3D0F3C273DFBBD75BD6A3D313D5B3D4F3DD8BD293D19BDA6BC22BCD83DE53D7E3D48BD183D303DC43D213CF1BD4E3DCCBD853CA73D533DF23DF73DEABD4A3B143DCABC84BDF73D9ABDEDBDEABD8BBD573CAD3DFFBBC9BDBE3D17BC39BD72BB5F3D80BC4A3D563DA9BDE63DAA3DC3BBA53D0DBDDBBC563DBEBDF8BCAABD30BC4ABD29BDE0BCC53DFC3CF7BDB1BD20BC293D9F3DEA3DADBDF23DAC3DCCBDD3BDC8BD1F3BDEBCFABD11BDA03D12BCCCBDA8BD3F3D203D5EBDD2BD593D89BDE0BDEB3D4E3DAEBC963CD03DE4BDCCBC35BDF9BDD93DF2BD4EBD823DE83D07BDD43D27BBEDBDEFBD6EBD48BAD03D5BBD9FBCAF3DFCBC5E3D2EBC48BDA6BDFB3D8ABD533C323DBE3C25BCC6BC57BD313D15BD3F3D843D363D71BDB0BD0CBD243D5D3CFA3DAD3D70BDB83D92BD2DBDBE3DBCBD0EBDD2BD6E3DB73DE13D32BDBDBD873DA6BD2BBDD3BDC83D4EBC883CEF3B923C60BDFB3DE8BD86BC95BDAEBD8A3DBC3D723D193DAB3D893D15BD59BD183DA13DAB3D093A003EB8BD543DDB3D003C9B3DE13DC6BDA63D6D3D873D803D993D243D8E3DE8BDFFBD883DFF3D19BDC53D5FBC803D27BC793D5EBDD2BD893D57BDBF3D8A3C51BDF63DF53D85BD643D133D9DBD823CE0BD1C3CDEBDDB3D803DCB3DC73C5ABD833D613D8C3D9DBCFF3DA3BDE4BD093DE73D9E3C13BDDABDAC3DFCBD53BD8E3D91BDA8BD81BD753D5ABDE9BCF6BC8B3DE13DFF3B0F3A52BC743DB93DF33C9E3D21BDCABBD5BD5F3D84BD9DBCFABD2F3C213D9B3DE1BCC63BF13DCF3AB83DFB3DDA3D683DA43DEA3D49BCCD3D53BD22BD663D9ABD44BDDC3B293CCF3B89BC233DF73D2CBD8D3DFB3CA23DD13D44BCD5BC4ABD0EBD5ABDFDBC963D1A3D72BD913D383CA23B463D8FBD59BCC33DA63D903D90BC4F3CA63DB23C8D3D823D613D713DACBDE1BDFEBDC93D8EBDC9BD833CC5BC233D06BDC63DF3BDFCBDDC3D5EBDFB3C3B3DA13CA2BD5E3CA8BDD83D9E3CB93DB53D5A3D353D903DA3BDC13DDCBCC63D09BC6D3DBD3DC33CC7BC513DFFBD52BCD0BCC4BDC2BBEE3CF9BDD23D913DFD3D5CBDB5BD9C3DF13D95BD96BD17BCDA3D9EBCF5BD54BD93BDC13DBBBDBF3D3F3D37BC01BD8D3D91BD46BDE23D46BD503CD03DC9BDA93C633B84BDCF3DB03D06BC5CBC9F3D29BD913DABBDD2BDAB3DAF3DC7BDE2BC593D893D993DB33D6ABDDA3CDC3DD2BDA63D023DB33BFE3D55BD0DBDBEBDD83DBBBDE53DBCBD933D80BDE13DABBDA6BD14BDCEBDF33D3D3D8BBDC2BD29BD9A3C67BD953D7BBD193DB83DB6BDC8BDF5BDC13CC93DA3BD8ABCA03DC73D8C3D243DB23C163CDF3D923B473D15BCCB3DFEBD23BDF5BDF03CEABCD2BDC4BD123DC03DDA3DB03DCFBDD53DF43DC63BF6BDB9BDE3BDA53CD33DA43D79BD5FBDF23C89BD44BC143D3BBD373D92BCEC3DD2BDD83DAD3DE5BDF13C83BC713DB93D8ABD92BDBABDBA3DD6BD9FBDE73D843DB03DDD3DDFBDFFBC2DBCED3D11BD09BC913D853DA7BDDEBD41BD233DF43D673D943D1E3D02BDA9BCD73DDA3CCD3C963DB93D123D4FBC62BD9CBD80BDD03DCC3D87BDD83D04BD01BD233DD0BD97BD96BC21BD813DF2BCDABDDFBDF73D673DFFBDD2BDA2BDE83D8B3D273D913DAD3CB73DCEBDC93D6A3D2A3DA43DC8BC73BD0BBDC0BD5F3A843DBF3C8EBB423DE9BDA8BDDFBDFF3DE9BD733DB83D11BDA1BCD23DD1BDFFBD96BC83BC52BD203C883D893D153DB53D6FBD093C2C3D253D38BDD03DC4BD73BDF6BD753CC7BDB63DABBD073DE33DE93D2A3D3B3DB63C933D0EBCC0BDE23DC1BDF93DE23B6B3D633B5A3DAE3DF2BD923D2DBDE6BDCDBD383CC73DF2BD143D4F3DECBDE23C7BBDA03C43BDD03DEBBD863D41BD103D4D3CEEBD73BDAD3B7B3B82BD923D75BD88BD603D5CBC203D9F3D49BD123DCC3DA33CDE3D5E3DBC3DC73D9A3D0B3D803D9D3D0A3CAE3C44BD8BBB833D20BC25BDFD3C85BB2D3CDCBCA2BAF7BCD73DAEBDC3BDC7BC183CA83D0E3D07BBF2BD72BD053D24BD9DBD013DB73D7C3CC03DDD3D4B3B003E293D293D3A3DEDBD513DD73DBF3CF63BAFBCC9BD823C4E3D433DE93D99BDE13DE5BC15BD81BDABBDDC3CDABCBC3CF9BD26BD843D79BDED3DAABD93BDAA3DDC3D633D883DB5BDC13C3FBC71BDDA3C503DB1BD7BBC063DF83DCEBDE23D46BCE43CDDBDE1BD83BD17BCC33CE53DA9BCB03DD7BD8F3DDDBDF3BD9A3DA7BD8DBD97BD0DBD7A3D803DC1BD253CD4BDD9BD03BD30BC7F3D5E3DFF3CC33D6BBC36BCF73D0C3CAE3D7FBDA43D993DC93D98BDF4BDB63C82BCF23D2BBD60BDA03CCDBDD2BDA53DEA3CCA3C9CBC8F3D41BD1B3D2B3D023DAFBDEDBD74BDDBBDDEBD31BD59BC973C84BDA5BD07BD953D863DEE3D6C3DB73D043B9EBD1E3DDF3D33BD7FBBE4BDC63DD0BD64BD983A74BD093A8BBDF83D95BDA53CF5BD913CAA3DA0BDCBBC9CBB95BBC73CCF3D17BD2A3DD2BD98BDB9BDEC3CAF3CFA3D353D3BBC4CBD473C70BDA23CE7BCA5BDE53B463DBDBC163BFEBD2FBDFFBDFE3DDA3DDEBDC5BDD9BD933DD63CEDBD1FBDC03DA4BAE7BD323DFF3DE93D333C0DBD563CBD3D5D3DD4BD873DA73DDABDB4BDAF3D883DE0BD0D3D9B3DCF3C893D253D133D953D2EBD333AF8BCBABC453D46BDD8BBDA3D283DFB3DBEBB39BDE13DA1BD6F3DD83D91BDCEBCE73D25BCE1BD8EBDF1BDC7BC8E3D89BCBFBC273C25BCB6BC22BD7D3CF9BB93BC02BD053D43BDECBB9DBCB43D573D573D49BAA2BD093CC9BD333BFB3D93BCF53D9FBDC93D403D5FBDFDBD66BD713DF73DCEBD66BD363DFFBCDABD2CBD233DF9BD3EBD963D743D5BBDEE3DA53C753D31BC43BDDE3DEFBD333D61BD22BDC33DE9BD8ABC2EBDBC3DC2BDC9BC4CBDBF3DC93D293B4E3D003EDCBD1A3BEA3D06BDBEBDE33DF33D973DC03D30BCB2BDE2BD553D0FBDFA3D653CA63D043CEBBC45BDDBBDF9BDD2BCDEBD00BE7F3D61BD143903BDC1BD1CBDA4BDB93CF03DF3BC923C923D603D2F3C30BDC8BC8DBC003E913CA83D923DD33DB13C0E3B14BDA43DBF3DC73DE3BD113C9CBDA9BDDFBD44BDE53D8F3DB1BDD4BC613D963DB93D87BD4FBD8B3DE03C84BDC2BDEEBBDA3D4BBD8EBC423DD6BD4FBD913C6ABDC83D91BC593DBDBC6CBCEA3DCCBDB2BD3EBDC33C16BD213D6CBD3E3DEFBD9B3B883DB23C61BD3FBDDF3CB1BDC7BDD4BADABDE53CA9BD8D3D953DCF3DA3BDBF3BEE3D00BD373D8B3D8D3B34BD063D0C3DC6BD3BBDD8BDD8BDBC3DB43DAEBDF7BDD0BD733DD53D99BC30BDCEBD96BB8E3D773D51BD50BDB73C783DD23DD93CA03DD13D38BBE5BC993D4D3CF53D8B3DE93CECBD9D3D33BDB7BC653D0E3D0BBDE6BBC3BD57BD01BD4C3A01BD8E3DD5BBA1BD0C3D29BDB73D6ABBDE3DDE3DFC3D5C3CC33DC4BA273D6FBDCCBDC4BDF4BDE9BCDCBDC73DD6BDC43DDE3CB8BDDA3D2A3D25BCCB3DD7BDB83D33BC6C3B3B3D52BDD9BAB93D4C3D773DDB3DA5BDBBBCDF3D36BD123D4B3DE8BDD83AED3DADBCFBBDE9BD9C3C23BDABBDD03D91BDB9BDAE3DC23D2F3D003E503BC03D98BDD0BD653CAABD67BB4EBC9E3CFBBC12BCE8BD58BD6B3DDF3DE13DC23CC6BCC43DB93B17BB953B9FBD16BDE7BD40BCF7BD9C3C61B9353DA0BD5ABA0FBD99BDC83DFDBDB53DFEBC8FBDF9BDF3BD31BDA53DCB3CBBBDD83DD23D553DFB3DAB3D913CB13D92BD85BC85BDB4BCCBBDAE3D4ABD1E3DEB3D2D3DD93BFE3DFDBDED3DDEBDFE3D233C9DBD2FBD83BD9A3DDC3D9B3DBB3DF73DE2BD573D283C9A3D103D643BAA3D4FBDC3BDB7BDB83D2D3BD0BD313D85BB98BDE03D953DD93DA7BC9EBDD9BD6F3CB3BD993DE8BDB6BD953CFB3C87BCD5BC82BD14BD853CE6BDB2BCA2BC343BBE3DD7BD313D3E3D0E3D13BD953DB5BD4EBD5CBB97BCFDBD893D973DE3BD7C39D7BDBABC733CDF3DB43D843D873CECBD25BDE43D293CE7BC31BD773DA13D33BC163DBD3DAB3D853DAF3D3A3D0C3DFCBDC9BC19BDE63C13BDEABDD63D5EBDF3BD55BDD73C2EBD00BE2A3D453DEE3DFDBDC2BC43BD31BD313BEF3D56BCDB3D8E3C85BD45BC843D973D2ABD7BBCD6BDA3BD07BD993DFD3B873DD6BDD23CCFBD16BDD13DAB3BC0BDFCBD1BBD49BDEEBD8C3D243B9DBCC63DF3BD233DBE3DDD3C893D36BDF1BDEF3DFEBD51BDE83D75BDCBBC83BDD13C38BD3F3DFA3DC0BDA83D01BDFFBD5F3DABBD973DB2BC9BBDDFBDDC3CF7BD8D3D443DD9BD863DCABD503C14BDAB3DD8BD21BD36BD30BC503CA0BD8B3CBA3B82BDF33CBC3D843D253D62BDB9BD993D9E3C1F3C823D6CBDFEBDB0BDF0BD9F3D9C3D6BBDE5BCD6BC50BDB0BD213D35BDA7BDC03C4EBDCA3C9BBB253DA93DE1BD73BDFB3DB63BA8BCCA3DDF3D343DCABDF43DE8BDFEBD9B3C16BDEEBDC73D783C89BD333DBA3D59BCBD3D9F3DAE3C88BDC4BDECBA09BDE7BDF0BDA2BD1D3B67BDD7BDB1BC62BDF7BC9B3D943DA73DFF3D0D3C88BD56BCA43C37BDCC3D863DBABD423C413C1F3DABBDFC3D31BD413D7DBD2E3D32BD87BDE5BD343D8C3C1E3D8DBDDA3C51BD0E3DEF3DD7BD443DA5BD1D3DDFBC513DBFBDB43D913DB0BDB5BD8C3DC9BD483D7DBDE5BD1F3D57BDA9BD183D6D3DCF3DFA3D313D14BDB0BCC13DC7BDB83D6C3D453D1E3DD5BD4D3DF7BBD63A6EBDB93DABBC853ADBBDC53DECBD9E3D603D9C3CF8BD6CBD08BCBEBD26BDE8BC20BDB23DEA3D65BD843D013CBB3DDFBD7EBDCDBCF63DCB3D0BBD9EBD80BD7C3CE83C82BD103D6DBCBF3D43BD90BD9D3CD33B913DFA3D4EBDEE3D713DDA3D1E3D99BC8D3C573BBDBD2ABDC23DC93C083D463CDD3CB2BDC1BCDDBC2FBDA2BD55BC44BB27BDFABC1DBDA3BCCCBDD13D89BD853DE1BDBBBB3DBCDABDD53BBFBD353DA03D9EBCAA3C80BD393DF2BDFF3DE7BBD43CD93DD4BD85BDB83CFFBDE93C2EBCF0BDFFBCBBBD463CBD3DF43DEFBD373DC5BD363D8D3DF4BDB9BDE6BD40BC3C3DBCBD05BC32BDE83DEBBD8EBD99BAC7BDC53DEBBD25BD56BD96BA73BDB83DDCBD87BD6ABDF5BDFEBD353DF13D9DBC47BD603D973DE6BD74BDD83D643DEEBD193BC2BDC6BD7EBDFE3D94BDB03DE8BD0DBCE83DE6BC30BD62BDB9BD243DBBBDA3BDDE3DBE3D86BD2D3B0ABDC33DE6BDE6BD7B3DC33B16BD833D523DAEBD923D953D91BCDDBD573D993DFEBDEDBD77BCE0BD80BDC83DBB3C993DF13CFA3D543D173DC23D4BBDDB3D433CEA3D99BDAEBDBA3D93BDC63CF33DBF3CB6BD9CBD8DBDAEBD893D943C39BC0F3D963D353CA63D8ABC463DDB3C8D3ABA3DF73DCE3D02BD26BDD33D69BD5C3C91BD05BD3FBDA03D60BD5EBD593DE2BB453CBFBD61BD813D6B3DEBBDB2BD153DC9BD87BD91BDC3BD7ABDB43DECBDAA3DDEBD0ABD2BBDA23DCFBD7FBDFCBD17BD4C3DF23DDE3D08BD88BDE33CAA3DE53DAF3D13BBD3BD9BBD9C3DDABDBCBDA3BD0ABD6F3DB13DC53D6E3DE83C07BD9DBD82BD77BBDE3D36BD99BC5EBB66BD73BD113DB7BDF8BBF7BCE33C83BC86BD1BBDFEBC5A3DEA3C1FBDC93D363C8C3D43BDD9BDF7BD2BBD9E3DA13D1C3D113DACBD17BD783CDFBDE9BDC2BD1F3D82BCB5BC9F3DABBD9EBDEABC9E3DA43CDDBDB53D95BDC83D3B3D063DD43D3C3DFCBD4B3DF83D55BDBB3DCF3DF1BC383985BCE23D563DB53DE5BD50BDC1BDE03C48BD143D853D07BD713CBDBD6CBCA63CB73D4F3D083D853DC83D403CF73D9CBD2D3DD439BD3DF4BD783DDCBD19BD25BD2BBD79BDD1BDE0BDD1BCD13D09BDADBD12BDD3BDDEBBD23DFABD8A3DBE3DB93D98BD703C903DDBBDC53D16BCE1BD03BD6B3B51BD50BD53BC303D683DFABD03BCFD3CCF3D803DAE3D183D48BC8DBD55BD263DD6BCEC3DA1BDAE3DA43DA93DC93D94BD943DFDBD89BDA3BCD83DCEBCCDBDE4BD193B193CF93C0FBD2B3D573C06BD833DB9BD85BDFD3C12BD46BB37BD923DF13DDB3D053DA2BD33BD69BDC6BC7FBD993DF3BDB33BB93DCBBDB3BC8C3D33BD72BD883DB1BDFF3DE63DB73BA53C82BDEF3CC1BD05BDCD3D153DB93DA93DF53D023DBCBDE8BD9F3DD03DFC3DAEBDEA3D36BD063DB13DC6BDF6BDAA3DEEBD783D943DBB3D463B03BD863C8EBCF1BDF23C96BDBD3D70BDC8BCC7BDEC3D953DE03D953D9EBDF23D8ABCEC3D8F3CA23D4BBD493D45BACCBDC63D8BBDAABDCD3DEBBD313DD03DA3BCF2BDCFBDCBBBA3BCB23DCD3D9EBD07BDC9BDE43CBC3D2FBD883B1FBCDEBDFA3DDD3CF03DDFBD16BD07BD283D02BD93BDD23DC93DFF3D9A3DA83DA9BD193C21BD37BC273CF63C97BDA6BC6CBD04BDA5BD86BDB3BDB4BD07BCDABDF4BDB43DB8BDB33D0E3C96BCC63DC8BD753DAB3DCC3DEFBDC23B82BCBEBDAF3DB4BCAD3D8ABD63BD413D833C933D5A3DCD3DBDBDE73CBE3D68BDA0BDFC3DD6BDBABDD9BDFD3CF83CE1BD9D3D133D2D3DFBBDEABDD2BD52BDE3BD823D8BBC4ABDDE3D873C843C90BD17BDD8BD9DBDFE3DA7BD8C3DB03DA73DD23DDC3D893DDCBB03BDF4BD873DE8BCA03CE7BCA53D823BB73DBF3D1E3D27BC6D3D97BDB43DC63D853C4EBCFD3CE13DF23C82BDDBBCFCBD5BBBE9BDE73C833CEE3D19BDD7BBEAB93CBD36BD54BD58BD6B3C453DCC3CCD3D81BC153DD4BDA13DD43D443DA5BD98BBD6BDE9BDC23D6E3DC23DA53DA3BC6D3D73BDD0BDA1BC97BDEF3DD0BDEF3DADBCB93CDF3D6DBD3EBD543D02BD823CA13DC53BAE3D60BD503D463CC5BD65BC483D9EBDD93D90BD8C3D673C95BDC13DE9BC9FBC13BDFEBD973D68BD993D743D8B3D373D253DD8BDE6BB54BDC23D463D4C3BE8BDEBBDD6BDB33DA03DE3BDDCBDD53D4E3DA1BD6DBC9E3D873DA1BB55BD2CBD19BD9FBDA9BDB53DAA3C283DBABDBE3CE43D8C3DB3BB6CBDF73D5BBD11BDC43B11BDA1BBF1BC98BDA03A533DFABD333D943CA5BDBB3DA73D233D4CBDF43C6D3D98BC5CBD1D3BD8BDB43D493C61BD433C86BD9EBCA4BD0A3D783D1EBD8A3DB63DE6BDA6BD3B3C89BDAA3DE03D90BD7B3C033CD73DCDBD303DB6BDDABDE33D963DFDBD993DB8BDD93DA63C24BD3F3CB9BC9EB9B0BD7D3DB1BD0D3CBABD8BBD6B3C383CE8BD0B3D243D6DBD6B3C87BDDDBDADBCA93D963BB5BDC73DA2BCE2BD293DD2BDA63DCE3C163DE1BD073D3CBCDEBC113DE6BDB7BDE9BD34BD623D8C3D043D4ABDA03B493D65BDF4BDCFBC4CBDA73D2C3D933C5A3DE2BD86BDD1BDF7BCB5BDB1BB6BBD1E3DD9BD86BDB13DB73D5D3C6CBDE1BDB33D1F3BAEBC5ABCFBBC8A3DA4BD01BCA73DE2BC883D013DDABD6C3C2ABCA5BD6FBDD63D973DF13DF03DF43C23BD753D88BDC93DE53DD23DAA3D45BD4DBD39BDE5BDF13D86BDB3BA0EBD053DD6BD873BD63D33BDC33C573DCE3DF6BD61BDBBBDB9BD95BD273DC63D063C2D3C58BCF7BDFE3D4B3DDBBDEE3CB03D9D3DE53DE03DD03DD5BC0B3D323DDABD2A3D9CBDF83DAF3DE63DD93DE83DFBBDD9BDDABDCC3D87BDAD3D4B3DFC3D7CBDBD3CD3BDD0BDF0BD963D0EBD223CCD3D883D203D8BBD973DF23DECBDDDBCC4BD00BDDD3CF1BDB2BD423DCF3D4CBD8B3DC9BD4ABDC03D84BC573D9ABD273DE3BC32BB3D3D023DB13DF1BB1DBDBF3DE0BAD7BDABBD9E3D763D72BDB73D793D603DD73B733DE9BCDCBD04BDCF3C81BD4E3DEA3D4D3DA73D44BCAEBB12BDDF3DC0BD5F3D4E3DEC3D77BC5EBDF83DB5BDB93A9DBDB73DAA3D88BD12BC9FBAEFBDEB3D553D83B7D83D813D663D533D32BDCEBD3E3D1EBC823DB9BD413CBF3DB13CB4BD183DFD3D1ABDAABC963DA53D3B3DCB3CBE3DF03DE4BDA43DC13D8E3D4B3D2F3DC23D813CE73D9CBC893DCA3DC53BC23DA33D3F3D3FBDC0BD4B3D973DE6BD0FBBFD37DBBC963DDC3D33BD503DBE3D21BC8A3DF93D15BCEFBDE2BDD33DA6BDEC3DC53CC7BDFA3DC43D13BDBCBC8FBD86BD043DEABBACBDDEBC473D013DDB3CA4BD6ABD0E3DA93DB83CC3BD383DA0BDEFBDB63D973DABBCA03D41BD223DFABD75BDCABCD53C6F3DA53C7FBDC93D963D90BDA63BED3D2EBDFDBDBC3D543D863D8A3CA0BCE7BC6B3D04BD6DBDA2BB183DFBBDC53B6B3D98BDA93DE53C8E3D523D093B753DD3BDB93D98BC8E3A58BDB0BD9ABD7A3D07BDE13DD1BCFDBD8ABDD1BB87BD85BD6D3D5D3DEC39C5BDD1BDC4BBF1BDF63CCAB9AE3C2ABC9E3D8BBDDDBD1ABD553DD6BD933CC63DA13D673D2EBDED3C7ABBBB3D873D0C3DE83C283DFC3C9ABCAEBD1F3D7F3CAE3D943DD0BD82BCD1BDD73D5B3CB0BDDF3DAE3DE0BC813DEEBA15BC593D2FBC50BD183D2ABD963DE43D7DBD0C3DBC3C7E3D533B953B013DD4BD983CFDBD70BC943D7CBD8ABCD23D363D7C3A3D3C6FBD943CCD3D3A3DFC3D8E3DC2BC9ABC733DA13B133DEDBDD43C843CEDBDB03C3E3D4BBBECBDDF3DD6BD983DA73B09BDB6BDE13DCA3DAABD92BCAABD85BD57BCE63DCBBBFB3DFDBDD2BC913C6DBD7E3B4EBAB33D83BCA2BC923D3ABDA63DD83D96BD7D3C01BDC83D82BCC3BCA63D9F3CAA3D41BDE0BDA93CD63DC13D5DBDE33D9FBDF03DF3BB83BDE03CD13DA23D84BDFF3C473DF6BC683CF23D08BDC63DDABD3FBDED3C4BBDC0BDA9BC74BD4F3D763DB5BD8D3D993DA53DA4BDCBBD8CBB323D693DC5BDD23DF83D21BCA23CB23CBEBDF4BD9E3DCE3D53BBDFBDA83BA8BD2F3DEA3D003ED33DEB3CFB3DC6BC88BBB0BD553D483D4F3DB83DDD3DF2BD11BDCDBDC33D80BBE4BD593D9DBD18BB893D8E3D9F3D14BB48BCBDBBFCBD36BDC33D833DEABDFF3CEB3DCCBD4DBC8ABDECBA5FBDE03D853DC6BCDEBD88BD58BC0A3D4FBD9DBD7BBCCCBDE43CE6BDAEBCD6BD49BDB23A78BDA8BD673C82BDE03BDA3C59BCE0BD12BD4FBC173DCFBDB23DFA3C6A3CEF3BA8BC393DB23DD1BC5B3D953D523D1C3A323D473CA23D17BD8F3CA83CF4BD023DB1BD7E3DCCBC083DC8BD673DA53D373D163D94BDE63D0E3DF1BD24BB693B2F3DBE3CC93D58BCA9BCB4BB9B3DE1BDC83D43BD8C3DACBD38BD973B6EBCA3BDE7BDD5BDF13D7F3D26BD9D3D8BBCE7BB9BBD9DBDAC3D003EFEBD7F3CE63C8CBD63BDBFBD0B3DF53D363DA6BCF13CA6BD84BD213DDE3D73BB17BD443CFFBD9B3D9CBD2CBDD4BD173D5EBD153C9CBD843DBABDD5BDF1BDDF3D713DB3BDFDBCC43D1D3DE83D97BC46BCBF3DA9BBDABDE9BCBE3D543DD0BCFBBDBC3DDEBCD7BCE93D8C3D1E3D2D3D1A3B1B3C85BD363D7D3D8B3D82BDED3B02BC95BDDE3C8E3D343C69BDCD3D87BD483D883A333D463DEFBDFA3CB6B8CEBDA13D3F3C13BDB6BBB53D3FBD8BBD1FBDF9BC583DBFBC6C3DCBBD7E3CC63D59BCCE3D203DF5BD93BDCC3DABBCF43DF9BD89BDC33DEC3DE9BD263DFCBDBABD663D7EBD1ABC3FBDE7BDE6BD533D9C3DB7BCCF3DBFBD04BDE0BDEB3DC23C823B81BDE6BDE23D643DBBBCE93B103D72BDFA3D9B3CC93BA13DADBD963D58BDC8BD15BD4ABDEA3D803CB0BDBFBD80BDFDBDBFBBEB3AEFBDC33CD9BCA7BCD8BD8D3D95BCB53C103C013D7D3D93BC0ABDD3BBD4BDE03C4DBDC43DF53DFD3C2CBD0CBDC23DCABC783DB5BDB8BC6B3DB53DE4BB6C3C10BD6EBDF43D59BD33BDBB3DD23D30BD3EBDBBBD7B3DC6BC53BDD7BD19BD253DD8BD743DC2BDF63DB0BDE93DADBC943D1BBC7EBDAEBC543D893DE43D7F3B413DA93D53BD26BD6B3DFDBC113D5E3D9DBC10BDE93D483DF9BDF1BDA8BC9ABDCC3DBD3DA63DD23DC03DD33D933BDE3D2A3D833D7FBD5E3DD7BD143B8FBD403C513C5BBCFF3DEDBDFCBD053CA8BDAABD99BDCE3DA3BDD3BDB83DA5BD66BC9ABD183DDD3D9BBDBABD573D9BBD453D9E3DC23D843CEB3D09BD923D1FBD8ABD193D8B3D713DA73D25BA493DB73DAFBDC7BC9F3DBBBCD83D6E3D57BDC93D48BDA63DC93D9F3DC83D243CDABDC83D453C4ABD9EBC96BD663DF6BD6D3DF3BD79BDAF3D9DBCB23DCB3D21BDEA3AC2BD1CBD453D14BDD13D893DA43DC83D083C9FBBCABCEE3DB03DC3BD0F3D0DBDD93D94BDC7BDE33CAFBDDF3DEE3DB3BDADBC82BCEEBDC2BDEE3DBC3D36BD433DDFBCA03C09BC343D8ABDDD3DB2BCFC3D8EBDB7BCB83DEBBDE73C6B3DBCBBC4BDAABD763DF9BD98BDAA3D03BDF9BD57BD823C4BBD76BD92BDD93DD43DAFBDA83DF53D49BD473DFFBDD03D87BDDEBD9EBDFABDE43DE8BDD9BD1B3D923D6EBD763D5FBCB3BD673D813DEBBDDEBD6DBCC8BDC3BDA03C1A3C393D98BD6ABDF8BD8B3DDEBDBF3CBF3D493D943DD73D913A4BBDA23ACDBDA1BD853DAC3D5F3DDCBDAFBDD23DF63BBBBDC93C8E3D8F3DB03D65BD923DB6BD833DC4BD683AE53DBA3D693D0B3C8D3DB53AD13D8F3DFD3D27BD863DBD3D793D90BD3C3D7DBDE0BDDD3DF1BDE13DE0BC1ABDB0BD38BDE63C84BDE33D263DD63DCFBD89BD1CBB1FBDB1BD59BDE2BDE43D903DD7BDABBDE33DD33DEA3C56BD593D1D3D3DBDF13CCB3DCF3DD6BD3C3DFABB603D77BD43BDC43DA73D1E3DDA3DB7BDE53DF7BD793D863DBA3D983DAF3DCD3DEABDE23D3EBD1C3DE0BDF3BDB63DEFBD213DBF3DB13D90BD2A3CB43DF4BD81BCD7BDE8BD77BD59BD003EDE3A40BD0B3B673DEF3D393CC53D293CA43DE5BDC93D31BD58BDACBD543DE03D823D873D77BDC4BD183B1EBD913D0F3D33BCBBBD743D49BD033C02BDE83D8A3D89BDCB3C49BDCFBC9E3D04BCF43BD43D123D723D89BDDF3D7D3D94BDE3BDB1BCE7BDA23CB83DAFBDE9BDA03DA4BD5F3C14BD883DCD3DBC3DFDBD5DBDF33DB63D8DBDE0BDA83DE6BCAF3D78BDE83D7C3DFEBC11BDFE3D4B3DACBDA13DB7BDEBBA41BDF5BDD13DCE3D953DC9BC42BD2BBDA33DDA3DD23DDFBC333DA1BC1C3DB43CD6BDCA3D8FBD3EBC97BD2EBDC43DBC3DDB3DDEBDD33DA5BD14BCCC3D8B3C393DE93CD3BD63BD1EBD39BB74BAA4BDA93D273C4C3D0F3DF5BD8E3CF1BDDF3CE93DC03C683D533DB5BC7E3B293CBC3D703DDE3D8DBD94BDA4BDC63D5BBDAB3DAEBCD5BD04BDA2B9493DF6BDD8BD893D8DBCB7BCBEBD933DD13D16BDEF3DECBDACBD913D98BD553D86BDD7BDA83C883D93BD53BCEA3CFC3DCE3CFA3B74BD64BC603DE13D3DBDCB3DAEBD363DF3BDFD3DB43D9D3D1ABD3E3DA7BC3C3DAA3DD73D023C693DA1BD4F3D37BA4BBBBDBD9D3DF3BD88BDEF3DEB3D8A3D9EBDF43D13BDB8BCA83D4FBC33BCE23CF33DBB3DB1BD013C8DBCE93C893C433D99BDADBC843CB7BDE73CE4BDA3BCECBC873D9BBD40BDA63D873DEF3DA5BC0D3C8FBDBB3DEE3DB53D533D90BD78BDBCBC8F3D29BC6CBC033D403DC2BC93BDE63D8ABDE23DE8BDC6BD18BD9C3D5B3D",
      torch_tensor_32_64_torch.bfloat16_1: "0x0200000044BD903D733D8D3DF4BCE0BDFBBD283CF8BDA9BDA73D9EBC333DC9BDA23CE73DBA3CB53C9EBDB9BD953DE5BDFBBBCDBD103CFBBD293D5F39A8BD3FBD4DBD66BDFFBCBD3C93BD013DD3BDF13D99BD5A3DAFBDAFBD96BC92BD0FBD5FBD0FBDC6BDFA3D903D37BDBA3D64BDD1BD243D30BDC13D0ABDD0BDD83DE63C1B3D46BCCCBD253DB139A9BD923DF0BD9FBDEFBCF0BDE6BD1ABDC1BCBC3D6F3DEE3D1F3D893CC5BC58BDE5BDEABD5A3DA2BD52BD6F3D9EBD3D3DE3BBD33C69BDBB3DD1BDEFBDC83DADBDF63D633D463D7EBCC13C033D71BDBC3D9D3DF13B133D79BC39BDC5BD45BDF5BD21BD863DF83DEABDD5BDD33D35BD3139A13DE33D423DFE3C46BB4E3B4F3DF1BDF8BDAD3DFBBD873DB93DAA3D1C3D643C6C3D993D813BB8BD9F3D643C9A3DACBD00BDA4BDEB3BDA3DC33CDA3DBC3DB0BDF63DE43BD63DC63CAFBCD93DBDBD383B8FBCB93B13BDCB3DD6BB543D5C3DE93D383DFFBDD4BDF2BDFBBDD5BDEFBAF23DA6BD573D6ABDC63DA63D6E3DE23DC1BDD9BD83BDD03CE23DA93D203DB6BC91BDFF3DE0BDB1BD973DC83D073D0FBB73BC853C81BDFD3D003E46BDB23DF3BCBABDB03CC4BCD53D0E3CE1BCCBBDA73DAB3D903C33BC2CBDED3CF63DA9BC3B3CF4BD033D5BBDF3BC88BDED3DAE3D5CBDFBBC1C3D413D71BD503DA33C933D8ABDA5BD6E3DA0BB5FBDC93D64BCABBD92BC6DBD31BDD3BDCC3DE13DD8BDA03D163D50BD16BDAF3CD93CD93DF53DEC3BF13D97BD8B3AD3BD753DCC3C9BBDC3BDCBBC41BD51BDDFBDA3BDD43D7CBD503D0B3C8CBC273DC13D203D5E3CD03D293CE13CFA3DB9BDBA3D76BDD2BB94BDA93DCEBD63BDB13C44BD5C3CEB3DE2BDA6BDC7BDF53DF93CB9BDDFBDBE3DEB3D9BBD033DFEBC983D8FBDAF3D003E9B3DAFBC863C5D3D94BD6FBDFABDB53D6EBDDC3DC9BC3DBD823D47BCAEBD5C3C6EBDB9BDA2BD323D2C3C50BD373D20BDC6BD303D2EBD18BDB83DBF3DFBBDDC3DE53DB9BDFFBDC8BD08BDB8BB0D3DF43CC63CC8BDF63DDD3D793DE03C8FBD163CB7BDEB3DE3BDDA3DF13D78BDE4BD353DC4BDECBD9ABDB53DA0BD4DBD50BDB63D463D933DBFBC97BD393D4F3DD43DF0BDBCBDA83D043DAA3D01BDFF3D483D46BD77BD073D4ABB78BD89BD2D3D7D3DF43D58BD97BDA1BDADBDFD3D7ABD71BDBC3DCC3DEABD62BC1A3D9D3C92BDCEBDB9BD2B3D6EBDE9BDFC3D6B3D19BDA33C36BDA9BDEDBDA73DECBDC1BDD63DA1BD2CBD173AFDBDE8BDD0BD9ABC39BDBE3DA53DF93DDEBD74BDAE3D313DA7BDC03D83BDF33DCCBD853DE9BBDEBD843D3CBD0F3B1CBDE5BC03BD663D25BCAF3D4F3D42BA4D3D2CBDC5BDA9BDAFBDCFBDA43C36BCE6BD853D9F3DD93DA83B16BC973DDEBDFD3BA83DB13D713C2ABC373DDA3C8ABBCB3DDB3D91BDE63D06BDDC3CE43D72BD6F3D8CBC91BDF9BBDB3D8F3D84BDE83DD03CDB3DF33D15BDCC3D98BCA23C853BE23A1FBCEBBD323CEB3D283DEDBDBF3CA6BC173DEBBDAB3CB7BD923C9A3DB33DA9BCE33DF1BB93BD6F3DB13BCABDA33DF73D8C3DA3BCD7BDDB3D88BD9A3CE8BD9E3DCE3CF43D783DF4BDCA3DCFBD75BD843D8BBD063D533C113C8BBDB33D933C3E3D6E3C7FBD40BDAA3DE0BD31BDEABD99BD8A3CE9BC2B3DC33DD73CF33DADB9F73DA53C52BB0F3DCABDD13DEA3DE1BD98BDCA3D013D39BD7FBDEBBCC1BCEC3D9CBD903C113D7EBDFFBBB9BCC33DB73DC6BB83BD93BD5ABDDE3DD03DCC3CEFBD243DBEBC8F3D853DD73D153C1D3C6D3AB13DC13D713DCDBC15BDED3D84BDB03C213D853D9BBDC6BC6FBB3BBCDCBD5D3DC4BD01BD1D3DC93DB2BC8EBD64BD97BA8CBDFD3C673DF23DD73DD1BC5A3D863C733D69BDF03D5A3AA23DBE3DD9BCC43D05BD7F3D9FBCCABD03BD423DCC3DD1BD95BD853D83BDD53BB3BD013C78BDE53C4A3DC43CC9BDC03DD73DE6BDD23DDDBD713DF2BB24BC79BDCA3DA53C0EBC91BBBA3DFE3D92BDE3BDADBD8BBDD1BD39BD46BD6ABA123DA43DA9BDB7BD5FBDBDBDDD3BC2BDBDBB8CBCC6BD67BD603D13BDE2BDD03D20BD773CCE3D7F3DCFBDE23D0FBD033D643D333DAF3D67BDBE3DA33DE1BD3FBDDD3DBEBDE8BD9E3D343D613CCC3DCA3BFA3DAABDDCBDDFBCF93DDBBD533D033D59BDD2BD563D403D56BB4A3D8C3DB4BDDDBDAABC93BC45BD073DC4BDF93DCEBC8FBDA4BCCBBDDEBD143D0DBD8BBD6C3DC83D663C7FBD8B3D30BD6DBDC8BCF9BCF73DB8BCE6BD23BD3C3D5D3DACBDB4BD12BD033CD3BD6C3DC0BC953D193DA3BC39BC1D3D85BD05BD6A3DE4BDCCBCD53C84BD723D7E3D94BC25BD783DE73BC6BD943DFC3DDB3D8DBDEE3D55BDC2BDB73DB5BDEB3DFB3DACBDAA3DC3BC05BD9B3C413DAEBDFB3DB33D94BD723DB63C8D3D3FBB2D3D0F3DEF3D903CD13DA93C253D64BC5EBCC0BDF63D8BBD863DEC3CA63DF2BD3FBCF5BDCABD353DF2BCAB3DBF3DA13918BDB23DF43D783CD6BD563DABBCBDBDDC3C403BF33AFF3D823DA23D883ACABC403DC0BDF23D7F3CEEBD94BD773DEC3C7D3DFCBD22BA993D8D3DDE3BFDBDE03D453D483D9A3D973D67BCAA3DAE3DFE3CC5BDB33D7BBDDA3D9FBD0DBC46BD8CBD29BDA53D293D3DBCCEBD8EBD913D6FBDC5BD8CBD2BBD64BD873DC4BAF23DECBD81BD2A3D9D3D52BD4D3D8DBD9BBD8C3DF9BBBBBD9EBBE13DEA3CCDBCBABC99BD923D073B84BDED3B1E3DAD3B27BCF1BD77BB24BDD2BA9DBD413D9FBD25BD6BBD81BDE93A64BD5EBD583C573D74BD883D183DC63D463CD23DE7BD153DDCBD583D44BDD2BCD93DF03D00BD93BD8C3D63BD71BDC1BDFE3DF33BC83C95BD6F3DF3BD15BD9CBC973D3FBC933CC43D343DD03D2EBD9E3D9FBC14BCDB3CF73D053A5BBC48BDA2BD933DD4BC2CBDDE3CAF3CA6BCD63D9D3DF93C73BD54BDDF3DD33CE8BD8ABCE63C0A3DD93D833B77BCB53D97BC253DC0BD35BDC1BD4C3CC9BDC33D63BDAFBDF63B71BD99BDBB3D253DA83C7C3D2BBD553CF73D5DBD4E3DD73D8FBCD33D07BDCCBC033D9EBC06BDC8BCD23C8DBDC4BDC9BDFC3D5C3B653DF5BD96BCC8BD31BCE43DBA3D39BD8BBDD1BD7CBD2F3D98BD8D3D38BDED3DF8BCB6BC973DB33DB93DB93DF2BD8D3D86BDB63DC73D2BBC313DD93C613DAC3D143D2CBDA13B6D3CD4BD283DA7BDA23DE53D8B3CD63D313BA13D7F3DD5BDCDBDF6BC4C3DBFBCD0BC9B3DE53D593D183D823D8B3CE7BDFEBDEEBDE1BDC23D11BCB1BDDF3C2C3A9ABDF5BDED3CFB3A36BD8FBD07BDDF3DCDBD4BBD23BDEB3DFA3BAF3D4BBCA0BC913D45BD983DE03D503D9E3DC6BDEC3D9ABD903D203D163C053DFBBDF43D04BCE53D493B51BDA03D1CBBA3BD813CFFBD9EBDD0BDD23B8DBD33BBC3BDDDBD6DBC713CB83D2FBDF43DB7BD313DE6BDE73D41BD8E3DC53B4EBDF4BC3FBD9D3DBB3DF43DF4BC1ABD81BD0CBCF83C29BCA5BD173C73BBCDBD0BBDA8BBF9BD8E3C0D3D40BC8DBC443B033D75BD3FBC933D16BD38B9EDBDC3BD45BC31BDF93DDBBCD6BDDA3DA5BDD43D50BCC93CFBBDE83DB8BA80BDB7BDBA3CF2BDBE3D8C3DDE3DE43D97BD0BBD9D3DA43DFB3D54BD933C8BBB933D7BBDE83D18BD7E3DC13D00BEBF3CB0BD763DDB3D23BDADBD82BDC73DA6BCBFBDD23DA83D5EBC6C3C7B3CF73D943DB93C373B253DBDBD8B3D573D6D3C953DC5BCEABDD5BDF13D29BDBBBDFB3DB5BDD03DE43D82BC953DC43DF1BD89BD853C213DAFBDD3BDF53D71BDFABD613D84BD33BD34BDEC3D433DFB3D35BDBA3DD0BD9B3DA83B993BDA3D1D3C5ABD8DBDA63C2BBD813DD6BDACBDDF3D46BDFCBDB73D0BBD423A9F3D2B3DF6BDB83CF83DEDBBBA3DE03D3D3DEDBDDC3DCA3D193D29BCB0BDE23C32BDE53DFFBDDD3C2DBBAC397FBC593DDCBDDC3CAABD233D2EBC823C903D4CBDCEBD6FBDD13DD0BDA23D35BDD73B523D35BDB0BD2D3D9B3D3F3D8FBB5A3C573D233D7EBDB93D89BC4ABD1ABD883C84BDBBBD8F3DD13DFEBDCC3D96BDF23CED3DA0BD53BD143DA0BD47BDD7BD6F3CA03D093DB6BCF33DC83D8BBD923DEBBC253D5F3C603D82BD77BD92BDA6BD5DBDF63C123DC23CBF3DC33DCF3D9F3D80BA023D81BD093B1B3CD1BDD23DE3BCC43D733D8BBD163D62BD7CBD233D7A3D92BD81BDC13D3CBDACBDD9BD943DB83DFE3DC0BD763CC73C4B3CCF3CECBDF6BD54BD3C3C1B3C92BC00BEA03DACBDF33CBBBDB93DCE3D86BDDC3D1ABDF9BDA6BCC1BDD63CC63C62BD14BD173D8CBD533DBEBD963D74BDD6BDC43C583CBDBDE13D39BDA93D04BDAB3D77BDB2BDD1BD83BD8CBD6A3DA9BDAEBC3ABD41BD7BBC8D3D53BDD7BDAE3D95BDB13D50BC72BCF03DB83CE8BDF5BDEFBDBDBD393D553D853DECBD9A3DE33D493D4ABDDEBDFD3D493CDD3C9B3BAC3DFCBD813DAEBDED3DC8BDE2BC293D2A3D2B3DA53B0D3DACBDF2BB0F3DCD3DD0BD4ABDACBD84BD96BD9CBC393DC7BCCD3CF2BCF6BD823CB33BAEBDF7BDFD3C0DBDCD3CE0BCFCBC4DBDF63DE4BDFEBC0CBD34BD823DE43DD33D79BD5FBD4B3D893DD7BD68BD71BD47BC34BDC6BDACBCEDBC1D3C43BD6FBDE53D14BD983DA7BD5EBD503DCA3CC1BDC63D0BBD14B88BBCC43DF83C6F3DDFBCFF3D473D7D3DC7BCD4BDB93DE4BDFDBD433CC6BCB8BDC53D4F3C6DBDA53D353DC8BDA9BCDDBD8FBDB93C0E3D46BD34BDDBBD9EBD02BC933B903DAA3DDF3DC73CBDBD11BDE1BD1DBC863D6A3C6A3DD83D853DD5BCE93D8E3DBEBD933C773D243DF63DA8BD903CF83DA1BD8ABDAD3D813DC93DB2BC983DDCBD94BDA43CB6BD0DBB3FBDFD3D19BD323DC53CF73DAB3A913DAEBDB9BD853D9F3D82BDCD3D293D91BD773DFF3D03BDC73D1EBDF0BDCABD2CBDF23D573DDD3D823DE9BAA9BDE9BD2BBD62BDE63DF7BC78BCBA3CD23D53BC863DB1BDF4BD9DBC6B3DA03D3B3DC23D97BDE63CD53D9EBDB13DCFBDA73D853DE03D5DBCE1BB9ABDEB3D8EBB05BD063C853D82BDCCBDF9BC1B3D4E3C08BD853C26BCC63D96BDF73D9C3AB43D4E3DC1BDB83D33BDACBD603DC23C81BD71BDE03D00BE923C263BCCBD5F3DE6BD74BBD8BC903DDDBCEDBD1CBCCA3D93BDD83D8E3D6ABC7EBBD43D043B8B3C283C1A3CDEBD94BDEC3D993DD53BF23D48BD5B3D86BDC63D8D3D303DF5BBAE3D8B3D843D3FBD653BF4BC95BDF93CDC3D973D0FBD923D18BCF23DFDBD0A3DE2BD743DB83DC43D28BD343C063D30BDF03DAF3D7D3D51BDB33D82BDD0BD20BD3DBCA23D533D393D1BBDC73DF43DDDBDE63DC93C333D483D953DFC3A04BD30BDA4BD9EBB90BD993DB7BDDF3DE2BDD53D683CF1BD1A3DA5BDCBBDD83B12BDFD3CCA3DEBBDFF3D8EBDCABCA63D56BD81BDF0BC483DB1BBE93D5D3DEABDB8BD213C9DBB1CBD283D573D95BDCCBC373D3A3D38BC813D373DF0BDF5BD893B2F3DB6BD84BDF5BDC23CBA3DE33DD0BDC63D4DBDE1BDA43DD73DD2BB13BD803C703D6D3D81BD883B0D3D943CD53CE93C083D8B3D82BDD43D04BDD1BDAA3DA3BDFDBD2EBCF73DC2BDDE3CC7BD513DAD3DA7BCE4BDBFBD9DBD3FBD75BD613DE73CCDBD823CEDBDB73D0EBCEF3DC83D93BDC63DDBBDEDBDAB3D83BDBCBDA6BD94BDE2BD833CDCBD0FBDA13DC5BDAE3DFD3D9CBC77BCF3BDEE3DCD3D5CBC983DE1BDADBDF13DFEBD58BC89BDF2BDA83C5FBDCA3C3FBD2A3D873CFEBDA33D9E3DC4BD193D72BDB03D76BDA13DA2BD8ABD503D0C3D6ABDBC3DC33C753D98BDF83CF73C953DEC3DA23DFC3D60BDD3BDB53C13BB98BCCEBD8FBB713B9D3D763DAD3CB43D5CBCCE3DE9BD71BB65BDA43D0FBDADBDADBC9738AC3D8D3DE8BD58BD78BDD8BB633D95BCE93D623C8E3DF6BC943D493D983B",
      torch_tensor_32_64_torch.bfloat16: "0x02000000BA3D59BC57BD863D2D3C64BDF03CABBDEE3DE03D6C3D873DFEBD8EBDF6BD85BDD4BDBC3D8A3D973D63BDC33D94BC05BD8A3DAA3DB8BDF43D4FBC083DFFBD643C7DBDA0BD56BD19BA12BDA4BDB73D183DEEBDD73CFC3C973BF93C2BBC603DB4BD5ABDC03D9FBD7B3DED3DEABD60BDDA3DF8BBCA3C923C533D53BD853CAE3D2DBCEBBD313D03BDD8BC863DB33C9BBD6CBD9CBCFDBCD9BCAFBDB93D853DCA3CE83C703CBF3DE83C9C3C8DBD2B3DEFBD213DDEBD54BD873D98BDCC3D8DBDF23D1E3D5EBD9C3DE3BDA2BDA0BD873C493CDCBDF73DFBB889BD443B5CBD0D3D393D11BDEF3B983DA7BDE4BC97BCA9BD273C973BCFBDD23CF43D883D8BBDEA3DB0BD82BD623DCC3DF43DDC3D8DBDEA3CA1BD353BD43D7C3DECBD5CBDD8BD713D82BCBBBD24BD283D3E3CF03DDABA213D1BBD743C933BDC3D573D92BDE3BDF4BD3ABD843CF13D49BC483D823DC4BDD4BD423D6F3D6EBDA03CFBBDCF3AFB3C9B3AA3BC553D0DBDBF3DDDBD92BDD6BDE8BDBE3DFDBCC9BDD43CC2BDD43B733DD9BC843DD23CCDBDCA3CA53DEDBC423C833C303C053DF5BDC23D5F3D7D3CBA3CCEBD12BDB2BBF33C8CBD593C1FBDBA3DDCBD563CAD3DC7BD6BBB6D3D4F3D713C4F3DB2BDD53D373BA53DE33C64BC5B3DF33DFD3DD7BDF83BB8BD953DB83DB4BDEDBBB13DA93DC0BDAC3DB5BCDABDCC3C6F3D9A3DAEBDB9BDACBD913DE0BD8ABA16BD603DC93C81BDB33CEC3DA93C7EBD893BEBBDA4BDBEBCA0BDD93DC73CC63DE9BC8EBC013D18BD2FBDFBBDC13DE83DFDBD29BDC2BD50BDC33D893D1FBC5B3D193D8C3DCEBD1E3DF2BDA8BD3FBD48BCF2BD4C3BA33C4BBD263DE03DAFBC88BDE3BDBBBD8EBDBDBD49BD8D3D203DE73DFE3D38BD49BD8C3CCCBD8B3DB8BCD6BDC1BDB0BD0D3DC43DCB3D0DBD95BD63BDAFBD04BDE7BD893DF1BD9FBDAC3DBFBDF53CC03DFC3D823D09BD923D87BB1EBDD539E63CAC3D573D743D993CCEBB573DF63CF5BDA63C63BD88BD463DD13CAD3C73BD6D3DF03D7B3C523DE1BD983D323D673D563D07BDF6BBF83DBB3DB7BDCB3DFF3D873CC8BDC63CCFBCB83DF6BD033DC0BA213CB03D143BCEBD95BD4DBD5A3C463DBFBC4ABD613DF9BDB33D6EBCB23DC13D5B3C223D91BDB73D963DA1BC483DE5BBC83D533DBB3DE9BDF93D3F3D793DE43CA83DF13D2EBCD2BDEB3DD8BC77BD9E3D8F3D893C01BCC4BCEB3D9C3D983DA33D86BDD63CDDBD953DFEBD00BEFDBD9E3D553C9539A33C42BD1BBDACBDFABC9EBD583BC93DD4BD7C3DBEBD54BDC83CB03CD23D44B843BD54BD703BC0BDC9BD5BBD523BADBD92BDB73DED3D20BDDCBD44BD4F3D263D1FBDE1BD1ABDE5BC933D7EBD9A3D8E3CACBCE4BDFD3DB7BCA13D84BDF9BDCCBD83BD23BD91BCD63DECBD803DD73D533AA0BD833BF33C633D1CBD30BD72BDF8BD343DC2BD76BDA9BAC53DE43DBABDDE3DE53DCF3D323CCE3D793DB8BD87BD1A3BB5BD29BDCE3D6E3DDF3D7B3A83BDA93D173CAC3C59BD523DBDBDCC3DE03D393DC73D9B3D44BDDEBD873CA13D52BC2C3CBE3D533DBF3D963C663CF5BCADBC88BDAB3DE93D3E3D693B29BDFDBDBEBCB6BDBDBDCBBCC9BCCF3CBABDB83DE9BD72BD42BDFD3B543D07BDA03CF2BC49BD8FBCCE3CF9BDB2BDC83D683D5BBB813B8D3CEE3CAFBD0CBDEBBDC9BDC1BC87BCC83DB03CA6BC63BB8F3D1BBDBFBCCDBCCEBD8FBCEDBD8ABDA3BDBF3DECBDF73D403DADBDD43DE2BCD9BD8EBC7D3DF9BD19BC503D48BD3B3C49BDACBDC83DB6BDC0BA2B3D8FBD773DD5BDF43D643D91BCD5BD7D3B363D8BBD81BCFFBD00BE5EBCD63DC1BB213D4DBD27BD61BC81BD9D3DA03DC7BD1D3D54BD93BD7ABC1FBD92BD973C923D9EBC0FBC1A3C5CBD883DEC3D3BBC0B3CCE3DD23DBEBD6DBDFBBD9D3DC83D3ABD243DF83CDCBD4C3D7B3D343B523CEE3CB83DE23D933C5A3D06BD993D49BDD3BD703D3E3DE13C5A3D743C2E3D513D8ABDDBBB9A3C9BBCD7BD423C9C3D89BDFB3DEA3C5A3D46BDD1BD3FBD7A3B69BDE43DA4BDACBD36BDE63D6ABDED3D763D9CBC843D733D82BDD3BCF83D933D7ABD0ABD8F3D823D223CA5BDBDBDD8BC3C3D5ABCD6BDFBBC003ED4BDC7BDA13DFF3DF6BDE8BD20BDFF3D91BD2F3CD13D35BD1DBDACBD9D3BEF3D513DB43D08BCA3BCB7BC923D86BCDBBD34BD483DFA3DBABCDFBDBCBDC9BD4E3DBD3D173D313DA73DAF3D993D8F3D0B3D843DB0BDA6BD0A3D9F3CE1BDBABDCCBDCB3DA73D87BD9B3CECBCDF3DE8BDBBBDD5BD953D80BD983D2D3D7ABD0ABD4FBD623D4DBD2E3D123CCCBDA1BDB2BD863DDE3C4EBB98BDFEBD35BDC4BDFFBDF4BDA7BDF9BD203D403D4E3DFFBD9E3DC83C833DFCBC763DF3BD2E3DCB3D573DF1BD10BD7EBC863D42BD933C34BDA3BC23BB93BDB2BDD33DD73D78BBDE3DC53DA1BD4BBDB0BD263D4F3B8CBCBE3D48BD8CBDB6BD82BDF73D79BD0DBD673DC5BD9BBDBC3D44BD85BD84BC92BCBB3C3C3DC5BDE93DF3BD2D3D10BD58BDEF3DF7BD0C3CA43DE53DD8BD773CFD3DFBBDFA3CA0BDA63CE8BD7C3DE3BC993DF6BA92BCF9BCEABD59BD883BC6BDE13DA6BD47BD89BCCFBD81BA77BDD6BD493BE33DFC3CD33DA0BA33BDCE3D88BDEDBDE03C7F3D99BD343D36BD78BCE3BCDBBCD0BDFB3C07BDC43DAB3CD1BDC3BD85BD753DA5BD6ABDBA3CB1BD7CBDE83D87BD2BBDB73DE53CC93DE2BD803D9DBCA4BD5BBDF8BDB13DC4BCFBBDDB3DA63D543DFB3DE73DEF3DE53DD03D063D2CBC9C3B55BD713D6D3BF23CA5BD41BDC03D473C313DDFBD5BBD50BB57BCA33D1BBDD63DC6BC473DB4BDAE3CFABDDCBDA4BD0F3D1F3C463C60BCD73DFB3D593DCC3DCABB3CBDC73CA83D9EBCC5BD293D03BD76BDA23D8BBB92BD99BDF13DA73DB8BD7B3831BB743DDBBDF43A2B3D823D563C7EBDF6BD8A3DEA3D1BBDE5BD163DB3BDA7BD0C3D42BC0BBCE63DB4BC9C3D1FBDBE3D1C3DE43D333D35BD5F3DDA3DC23C6C3DB4BD8B3DF2BDE23D533D073CF0BDE93DA33DEC3D493D2C3D05BD52BD4B3D323D85BBA33C303DF7BDE2BD08BDAE3D7A3DF4BD1ABD58BC283DD13D333BC7BDFB3B46BD9CBD8E3D8ABC723DC73D493C903D72BD8F3DA43BAA3DF53DC2BDF33DC33DCEBD163DD0BD263D9E3CF4BD3A3D0DBDFF3DFA3D313DCA3D393DF23D3DBCFD3CA9BC0FBB1ABD4BBD943D5C3D62BDE2BD7A3DEBBDB5BBDCBDD63DD03DD2BDEEBD97BD0D3D80BDF4BC02BDBC3C72BD693DB7BD36BCD73D8DBDC43D853D25BD323DADBD253C113DDD3D8FBD92BD80BDF9BDCF3CD4BD09BD64BDE53B1B3DBABD17BD45BC94BDED3C3E3DB6BDC93DB63D1ABD983C793C8DBCACBDD33D7C3DD6BDC6BDF33DA33CEBBCAE3D133D383DCB3D20BCF43DB4BD9CBDAE3C79BC923D0BBDA13CD5BCC03D06BCFB3ABC3DF93DF53DFABD91BDDEBCD3BC943D673D28BC423BDB3CDD3D853D81BD83BD223D4FBCA4BDF8BD933C16BD95BDC13CF93DD53D923DC1BD923D843D2B3DFFBC0FBB8BBDE7BCA9BC91BCFFBD353DD1BDBFBD503DD2BDF43DF53D23BDB0BCC4BDFD3BBB3C8CBD213D9EBB17BDE3B9F8BDB4BD883CF73D98BDA43D3B3C5CBD1039753D743CE33DC2BCABBDE73D12BDA23DA93DB53CD2BDFBBD733DFA3C953DE2BD8DBCDD3D863DD53DC93DFBBCAEBD99BD2E3D4BBD023AA33C9F3D8F3D923DA63B913D70BD4DBDA2BC95BDE43D9DBC153D7FBBE0BA88BD16BCE5BD75BDC53DF0BDA93CA33CF5BDC83C6E3DB93DC03CC83D9A3B433D173DBDBDE1BCB4BDC73D743D59BDBBBC093DDFBD673B743D803C3CBCA53D5F3DE4BD973DCABD903DD83D3D3C2DBD84BD63BDBDBC54BDFE3D5DBD553DEDBD823DDA3DB8BD03BDF43CF5BDA2BD323DF13D19BD95BAF7BDF6BDDF3DD93D1CBD4ABD05BC6E3DF7BD8EBD29BD5FBD58BBBB3DE03CE8BDED3DCE3D213D7B3D3F3DD23DF6BD9FBD82BCC3BCAABDF6BDC4BD9FBCD93DAA3D143D9DBD4EBD453CEDBDBBBBD03CE73D06BDFB3D1B3CB2BDF23DDE3DCABD95BD753D9EBDAE3D74BD1FBD13BDF43D2DBDC7BC9B3DAFBD1EBAC6BDECBDEABC623CDA3DF6BD13BD073D413D963DCEBDFABCED3CCDBD813DF4BDA03D263D11BD263DD93DBC3D9B3D95BD133DC03DB53CA93D9FBDB43D88BBE6BD05BDE23D33BDB1BC4DBD8BBDB13C9B3D723CFDBBED3BC0BD87BDCD3BCDBD7E3D9C3CAD3A03BCD83DEA3D7A3D7E3D78BD513DADBD5D3DB6BD33BABA3DAA3DE23D2F3D473D093DBB3D863D173D33BD78BDFDBC743D8BBD0C3DE03DD93DBCBD123DA73DE9BDA43DA0BDB9BD59BD41BD54BD133D463D473DB13DA2BDF3BDCDBD8DBD6ABD613DB9BDBBBD893DA3BDC03CC3BD433DA03DD7BD2E3D86BDA23DE63DD8BD403DAD3DE93DC13DC93CEF3BD33C99BDC9BCFDBAA2BDB6BB88BC33BD1DBDFFBDF43D7C3DB93DDABDFBBDBE3DB4BCA03C803D033C88BB983DCD3D0FBDDBBD8CBDB73D323CDB3D33BDF3BD1F3D5ABD99BDA03D0E3C2FBCF93DDF3DD1BDEBBD7DBDC7BD87BDAD3DAABDEB3D203DB23BAF3CD83C253DD0BD0EBBAA3DFE3DD9BBB7BD6B3DEABDE43D9D3D673D8C3CBA3D4FBDD6BD8EBDBF3D80BDCCBDE03C9FBDADBBA2BDD83CA7BC873C6D3DA5BD2FBDABBDD53D37BD413DEC3CFDBDB6BD04BDC4BD883DA13D70B97B3C073D2A3DC6BC49BD9EBDA33BCA3D7FBCDC3D333D84BD473D4D3D64BDB3BC55BC353DC83DE1BCA63D8A3DDEBDBB3DA6BBC63DC73DF8BDD5BD69BC253DA3BCF6BD8B3D92BD683DB53D2DBD9A3D883C21BD053C383D833D93BDBF3D72BDDDBD5DBDE3BD0F3D0A3CC7BBADBD873DA83C00BDB53C353D9ABD13BD69BDE33DFD3CC1BDB53DA3BC0D3C843C6FBCF23D5E3DDC3C3ABDEC3CBABD31BD823DFCBD4EBB3DBD833DA0BDB13C14BDD73D99BCBBBD1FBDB43D443DDB3CA03D463D83BC88BDF5BD763DC83D44BD66BDB13C3DBCC53D0EBB77BBEEBD1C3DE439F23C9D3D5A3D7A391EBC81BDE73DD53D05BA003EE13D933D843D4B3DB4BC4C3CD03DADBC203D25BDA83C953D9F3D7B3D743DF6BCE93DB43DF23DCFBD68BDD5BD353CC43DAFBD063D24BBEEBDA1BB70BC78BDA0BD973D52BCCBBC0EBD83BC0DBD99BD5A3DF2BAE5BD81BDD1BC43BDF23CEF3DB9BDF0BADE3D95BDC8BD093DBFBAD6BAA13DDBBD99BDB23DB4BD89BC6E3D8CBDC7BD99BDBFBDDBBDA8BCEEBD9CBD173CEE3DFC3DD63D633C9F3D20BDA5BD803D4A3D343D6E3D01BDBC3D8C3D5FBDBC3D393D8C3BF63ADC3D853B343DBB3DDD3BE83D98BD48BC263CDE3BBABDF43D90BDB93D4CBD4C3D8DBD5FBD073DB03D25BC403D8DBD223D66BCE9BC7C3D2ABD9CBD11BD7F3DF53DE73DB33D9EBDE53D503DB63C94BD88BD043D36BC11BDC3BDDA3D1F3D873C403C8A3D9ABDA4BBE23D9FBCDBBD99BD9F3D873DB13D35BD6EBDE2BD0D3CDDBCF33D67BDA3BD503D3BBD3EBCFF3DA03DFFBDC63B813BFA3DDDBD9E3DFBBDFCBD83BDF5BDFCBBCF3D0EBDC2BD30BCD0BDAE3D943CE33D593D373D2D3DEE3DA0BD9DBDC53D3A3DEB3DEF3C393D9E3DA73D8C3DC9BD143DAFBD843C8C3D2BBDDE3DE43D133DB9BD2B3BC73DB83CDF3D143C6DBDA73D293D8D3D99BDC2BDAB3D333DBB3DD5BD6CBD82BB85BDA03DCB3DDE3D903CE8BD38BDEE3C0ABD5B3D09BDD43DDE3DFE3D2A3DADBD05BD89BD663D34BC4D3D153D1DBD8E3C9DBCB13CA9BD183BC33D843D9FBDD63D44BDE53DD1BCF73D973D29BCAC3DD93DC8BDB83CAF3D54BCA23DC83DCBBD8C3DEBBDA03D8EBD1FBDFA3CDCBD8DBB33BD223DF3BBE9BDFDBCA03C8C3D92BD9CBD673D9ABD4ABD00BEF7BCCCBDA03CCF3D633DD5BDE53DE5BD",
      torch_tensor_64_64_torch.bfloat16: "0x0200000075BA893DD3BDBCBD45BD093D22BBCB3D36BC073D1BBDC9BCF5BDAABD53BD983B4A3D9A3DAEBD5FBD3A3DD53DD3BCC03DA5BC593CE83DEDBDA1BD02BD48BDDD3DA6BD6CBDB3BDF0BD95BDDC3D643D783DD73B83BDAD3CEFBDB9BD84BDA23D963D63BD94BBA43DFE3D4B3D8A3CAC3D97BDBF3CC6BDB1BD84BD683D4E3D98BD1B3D8D3D81BC9C3BED3C9F3DF63DC5BD3CBD493DD43DDF3DE23DCC3CDFBD3C3CA0BDEFBDE33DC33DFFBDC03CADBCA9BC6ABD453D98BD3C3D813DB73D3F3DFDBDA6BD803DD63CC8BD93BDF13DAC3D5FBD01BDF4BD13BBC1BDC5BDE2BB9A3C52BD983D9CBDE83DAF3DD8BDFFBCB93B953CF33C493DF53B7ABD723DF6BD98BD00BD79BD33BDD2BDDABCDB3CA7BDD2BBB73D53BC643B31BCCF3CA33DF23DA33DF33D14BCE6BD73BDAE3D54BA7EBDC4BDF0BDD8BDD0BC8C3D8A3DF7BDA03DC8BDD8BC50BDC5BCC9BCE6BDDDBDA0BCD43A69BD413DE6BD0ABCE13D51BDE73D393DE7BDA23D6CBC65BDCD3DCFBD5C3CD6BCB73D0F3D763D353DF6BCD7BCD3BD8B3DCB3DAF3DB5BDB73BB4BD8DBD95BD2F3D99BD33BBAC3BA53DC2BDB0BD95BDB33D38BDD83D393D823C74BACABC803CEABC66BA833CC8BD86BDCF3DD0BD13BCFD3D393D683BDEBD7E3DB6BD11BD2CBD98BCB33AD33D803CE53D9D3DA2BD663DB5BD59BD173D293DC03D25BD5239843DF8BDB93DD4BDE23AAEBC87BD873CD43D16BD98BD3DBDFEBD673D76BDABBD93BD933D883DC43D3A3D2BBD0FBD173DD23D0B3D72BD71BDF2BDDD3C90BDE4BDE03DA6BD69BC133D823BACBDCFBDCC3DA73CD43D2CBD173DEABCB6BB9CBD2D3D223D29BBE6BC9EBDB13DBFBD523D2CBD77BDB83C85BDEC3CC93CBEBDAA3C5A3D4B3D81BCD2BD9EBC323D3BBD423DAA3D86BDA23A543D213C2B3C803CC9BD213CB13DE73D963D893C6F3D79BDD4BDDCBDFF3DA33DB1BD483DC13D003EE03DC63DEBBC34BDD23D8F3D9ABDE63D773D8C3DA0BD133D33BDC83DB8BC473DB63C5A3D2EBD7A3DB3BDE73CADBDFDBDCEBDCA3D8B3DF03DCD3DE5BDAFBDA5BCA6BDB23DC2BD7ABDF7BD91BDD33DD23DB73DC63DE43D03BD613DE43D293D003E853D9F3D33BD763D6B3CF5BC90BD90BDC5BDAC3DB63D69BC94BDC63DA43D183C72BDEB3D513DC2BDF53DC23D3BBD903D91BDA0BCD93DA93BB5BD2BBD0BBDC6BC443CED3DDB3B9EBDD23B753D7E3DEABDB7BCBEBD5ABD383DB6BD3E3DD93D063CABBD37BDE03CC3BD7E3DE8BDF6BDF9BDD0BCAC3DF2BDD53D4DBD163DBB3BE7BDD43D8A3DFE3D813DA9BDD63DDC3B733DCDBD13BDFBBD47BDDD3CC9BD233D893D8F3CABBDC6BD1EBD613DFD3D933D67BC343DFBBDDBBD6F3D91BD763DB5BD7EBDD3BD863D51BCC53D9E3D8E3D843B1EBDDFBC883C7E3DB3BDD73D5FBCD7BD8BBDE33DEA3DEDBDB53D803D983DD93D8ABD223D523D17BD2B3D13BD9E3D0EBD3FBD013D363D7ABD353C943D4CBC1C3DF7BC333DB9BD97BD82BDEB3D0ABDB3B978BD003EFA3DC1BDD0BDC2BD1EBA03BDA8BD38BDC13C86BDE33CEBBC78BD8D3CD23DADBDBE3B3DBDFB3DF3BDF5BDFC3DA2BDC43C31BCD8BCE5BCA33DC43BF9BD97BD2FBD813DA6BDF13DE4BCB8BCC93D813DD93D943D1BBDAABD18BCD43D2CBDEDBD523DF93D12BDD4BDE8BD003D1BBC81BDCF3C423DCC3DC73D99BCE2BDE7BDEF3D623D5F3DDDBDED3DF33DE73DD8BD41BDB0BDF23D5CBD6ABD863D6DBD7CBD33BC45BCC7BDD53D62BD363DDF3D813D913CDA3D8A3C6DBDF23DF23CFABD12BDAEBDE03DA9BCE9BD01BCA13D053D223D3E3C3F3DF9BC4CBDEFBDC1BD5E3D98BD933C233D113CA6BDF53D95BDD33DCCBDF6BC8B3D51BDD73DB0BDD7BD67BDA63CEC3D74BD373D00BDDEBCBC3DC6BD5A3CF13D8DBCC73D1EBDCE3DF8BD94BCB4BC263D493DC53D99BCA2BBAF3D0BBDE03DAABD5EBCDCBB643DAF3DA2BCD4BD7E3D193D4E3D9EBDA53DF23D323CEFBDB43DBEBDEB3C953C70BD323DE5BDE93CA2BD5DBC843CDA3D74BDA43D82BC73BDDFBDEBBDFA3DFFBCCD3B0B3DAE3DDA3DD03DBEBDA4BC97BD92BDF33CF03DCDBD9B3D85BDC7BCCB3DE8BC3A3CB3BDDA3D84BCBBBD163DB6BDCBBDFA3BCB3D11BD713DDC3DAA3D86BD61BC21BDCEBD5938C13DD83D3F3CE93C5EBDC13D55BDB2BD9E3C993DE7BDE73D383DB3BDDDBCDE3DC4BD16BD283DE0BD8C3D853D9F3DA3BDFF3D98BD003EF6BDE4BD9D3D563CEC3B8EBD57BD16BDF9BDD53BB53CDEB8253DF33D083D3BBD53BDA4BDB1BDA5BCB5BC643D5BBDCC3DB4BDBA39E63DFF3D94BDB63C723C70BD31BD0B3DB2BDA93C5E3D4ABDD53D07BC683DFE3D1DBD8B3D12BD96BCAEBC4CBA41BDF03C9A3BA23DCFBC4D3C3EBDD6BD4F3D833C4DBD2DBD063DB9BCA73DE83B413D5F3DFBBC5E3DBD3DBC3BC83C953BB13D58BD88BD5F3DDFBD033B6BBDA93DEEBD9B3DFD3DCF3C08BCFC3D5BBD24BC60BD8DBCDF3C893CC1BC00BED23B73BB9A3CC43DF93D98BDFFBB4DBDECBDBABDF03D953D8A3D8E3DCBBD573CEE3D8FBDE43D073DB43D5BBD6C3DE3BD02BC2B3D1A3DD63DFC3DE93DAC3DB43D84BCC7BD3EBD66BC8ABD833D343DA53CF73CE13D3A3DE0BDBABD623D8C3C7A3D00BEECBD9D3DA43DE8BD423DC8BDC23D213DFD3DFCBDF6BDAD3DE33D9D3DAA3DD8BDB93DF2BDE53CA8BD4BBDB53C49BDA2BCF3BDF1BD463D59BD9CBD4ABDD1BDCDBD993D823D883C8CBD2A3DB83BB7BDDC3CE93DFCBDFFBD833CC13D9CBDE13CB43D1E3DDE3CFF3DA73D90BD313C833DE23DFFBD8B3D15BDFBBDE33C8BBD913CA6BDC1BD2EBC2CBD963D313CC83DC03C25BDAD3DE03BC03C25BDEB39C5BC2EBCC8BD4ABAD4BDDCBC943DB2BDADBDFABC0CBDAD3CAA3C823DB0BD11BC8F3DDD3D15BC94BD133D923DA0BD95BD623D0FBCF2BD94BD503D2EBDB13DCA3D953C22BC23BDCFBBBA3CC4BDF5BCD5BD9D3DA3BDEA3D04BD93BD763D993CB13D563DF7BDA23DC1BC62BDA33DBB3DE1BD39BCD23D463DD83D2FBD8DBDDC3D553DF63D56BDA4BD70BCF1BD493DBD3DF63C4ABC7E3DA2BDFA3DFFBDF5BDF2BCD13D4D3C453DBCBD3B3D65BC4D3DB53D5F3D2EBCFCBBA1BD39BDA63D4DBD9F3D4BBDEEBC2E3BEBBDA4BA4EBC38BCCDBCCA3DBD3DAEBD6E3DC9BDDABD1D3DF13A6FBDF7BD46BD2B3DEDBDF9BD823CB8BDE0BD45BDA5BCE9BDABBD063CF1BD90BCA5BDB1BD493DC5BDC2BD923DBF3CE93D09BD77BD3EBC263AC33DFFBD12BC623D8DBD82BD773DF5BDF33CC6BD7E3DDBBD9D3DF2BDD7BDF13ACA3DDBBD64BDE13DACBC543DF6BD21BD82BDD83D553DBBBDA53CBCBA52BD92BD2ABDCA3DB8BDB6BD1EBD0F3B0B3D763BF7BC9BBDB8BC4EBDCF3DF9BDA3BDD0BDBBBCC73DE03DDFBDB1BB963D623DD23D63BBACBDA93D30BD853DFCBC5A3DE63DEE3DE9BDA9BD54BDA3BDF63D35BCAABD64BD8DBD513DDFBDEFBDFCBD5C3D7D3D9FBDFE3CBD3D953CD9BC173C5CBC813DAEBD823D903D9BBDD13DFB3D4ABD0FBD7F3DC9BD4A3DEF3CA13DDEBDD5BD663D383DEEBD8FBDEABDB7BD67BDD43DCCBC933DF33D693DE5BD813D433DC63DFDBD9D3DD23DEEBD563CDB3DBABD283D623D063DFF3DD23DDC3D7FBCD73DEFBD8ABDDBBC18BDEC3D713DA53DAE3DBFBD6DBC963C053D843D4CBD1ABDD63D09BDB2BDAE3DAD3D21BDCDBCBDBDD6BD413D5BBDCC3DCDBD8EBC313B843DCF3DAD3D613D6BBDB7BDE5BDCB3BF83DC3BCACBBBABD1D3DA23DFCBDB4BDBE3DF23CFFBBB73C9CBCB3BDEFBDA83D74BC3EBD04BD8CBD18BDDCBDC03D513D81BD2FBD663D3EBD073D0D3DA1BD003DFB3BE03D39BD04BDDD3DD1BD143CF73D66BDF53DE33DEE3D43BCE83D5FBD2FBD423DD83C8D3DF33DA0BD883D2B3D873D733D40BDCABDCD3D92BDA43DF4BDB1BCAE3AB13C263C213D64BCFB3CFD3DA6BDE0BB43BDE13DDB3D5FBB31BD9EBDB73D0DBCF13D923DE03DCA3DA6BD163D54BD803D38BC313CB1BDE5BD413DEE3C323CAE3D56BD363D8DBDD43CEABCB33DE03DDE3DB83B973D00BE96BDB73C373AC9BD63BD6FBDFEBD433CAF3D503D73BDEBBDCFBD183BB03D4FBD8BBD89BD31BCF3BDE2BDFC3D74BDB9BC09BDE1BDB5BC1D3D50BDAFBB1DBAFFBDBA3DCF3DAF3D28BD863DF0BDFDBCD0BC35BD573D69BD6DBC14BDF0BDA9BCD9BD953D893DF03D2CBDD03BC93C003EEB3D84BDDABDE7BD77BDD73D2C3DF73DBE3DEE3A9FBDFA3DCD3D5E3D8CBDCA3D3A3CA93D563D883DE1BD8EBD9A3DD5BCDFBDE93D31BBCF3DC8BD303D41BD57BDD6BC3EBD8C3DC3BCC23DEA3C9EBC94BDEABD15BDEDBDBEBC063B04BC7CBDB23D903DFCBC4ABDA13DDF3DEABDDDBC3EBC39BDDB3D97BCD93D223A5EBC95BD2ABD253D623D92BBF43DB1BD443DE73DB2BCCB3D073BC0BD8CBD3F3D5EBDF63CFC3D2E3D40BC003D93BDD7BDC0BDD7BDD23CC73C5ABDFABD8B3D91BDABBCD7BD90BD563DEFBD92BDC03D83BD55BD10BD5B3DA8BD4D3C513D15BCB93CC3BD673D3F3D80BCD4BD4D3DA73DB3BC713D3E3D4DBD0EBCFF3D1B3ACCBD15BC7F3D27BD86BDD33D873DAEBCD13B59BCEE3C923B9BBDBE3C563B043C43BD033DCFBD193D8B3D61BCC7BDEEB93A39DDBDB5BDED3DBF3D8E3DB13D453D903DAA3DEFBC82BCB73D3DB8A7BDC7BD8F3DD43DC73DAA3CB13DEBBDB8BDF6BDCE3D94BA6CBD2D3D40BDA4BD453DBB3CB7BDA9BD703DC33D273C81BD773DB33CE0BDA6BDE03C9E3D24BD783D9FBDF53DB63DC03C643D323D97BD8FBA093DE7BCF53D45BDE5BD74BDEEBDD33D66BDB4BD5DBCACBD86BD833DC0BD713DBB3D93B9633D8FBDC83DF93DF33CE93DFEBD61BCCB3CDFBD793D43BD39BDCBBD513DBABDD9BC633DC13DE83C3FBD5FBD903DBE3CD83D413DCE3DCEBDCE3D6BBD09BD443AC0BCCB3CE43D99BD1E3DCEBDA13CD33DAD3DDB3D8B3D29BC063D56BDD93D803DBBBDDD3DF3BAB6BB0CBD07BDCD3B7ABDEEBD84BDCCBCC13DBC3D99BD9DBB14BD89BDB4BC32BD8F3D7EBD9E3C90BD20BDCA3D7BBDF6BBF43D2F3D82BD9ABD34BD20BD5F3DE4BCD83D8CBD20BD3A3DCC3DF53DA43CAD3B65BD913D94BD07BDD6BDF6BD8F3D0B3CCC3DCC3D863D4D3D05BD883D763D313D6CBB993C113ABABDEE3CBCBD783D99BD27BD73BDCA3DB4BD833D803DB53D003D8C3DCA3DCA3C2E3DC8BD09BD3A3C783C35BDFEBD05BD443DDC3DE7BD743DF3BDF5BDA0BD87BC0F3DC3BDC53DE83DFC3BD03D68BD4BBD84BC603CB3BDCDBD4A3D143DFA3D51BD353D4FBD7D3DE3BBBE3D8E3DD53D843D9A3BDD3D96BDF13DFA3DF53D6FBD88BD023C1F3D803D503DDA3D00BD28BD2C3D0F3D95BD463CC2BD16BD49BDE03DE6BD97BDFBBD013DC5BD263DB2BDA4BD83BD9A3CEB3DF03D1BBCFBBD29BD43BDDABC443D813D633D123D4FBDAEBA823C83BD37BC80BCF2BDAE3D4FBCDDBDCB3D8ABD353DFE3DBE3B133D4B3DC13D1DBD90BD20BCC83D303CB23D74BA1D3D8E3B5E3BF4BDE0BD2A3C7D3DAC3DB23B583D563DDDBDE1BDC6BD0D3BA2BD24BD99BC483DED3CED3DE73DA3BDCEB9A93CDF3D1FBD49BDA2BDBD3D11BD40BDAD3DEC3DADBBB4BDD13D2FBD6CBDB4BD76BDC8BD94BDE9BDCEBC4E3DC2BD37B93DBD783DDE3D88BC81BDC5BD96BD143DEB3C8A3D98BC843DE4BD0A3DF93DFDBD85BDA43DA0BC88BD9C3D093CA03B1CBDC13D8E3DB73C9C3C843D9F3D52BD60BC613D78BDEF3DAFBD6C3DB8BD243DB33D773C4DBCA33DB8BDADBDDABD9EBD553B68BDE43C8A3BD53D5EBD0CBDA93D01BDF53D4BBDB3BAF3BC6F3D443D88BDA93D02BC01BD25BBB23DFB3D793DB33CA73D56BD86BD14BDA6BD5C3D433C2FBD50BC22BBDC3DE53DC5BD3C3D463D443D8CBC003D013DF93DF5BD42BDACBD78BDC93C9C3DC2BDA73DD63D7CBDB33C83BDDB3C6DBD47BDABBDD5BDCC3D81BC63BB7FBDB23D93BD4FBDC8BDD7BDE33DC6BD8DBC14BD3C3D093DC4BDE63DFFBD4B3C2BBCEDBCAE3DD83D853C35BDBE3DA13DB83C0CBDAD3BE43D5E3CCABCD9BD89BDB93D90BB08BC473DA8BD0ABC10BD863DD03DA13DBF3DE5BD36BD733CD9BD0B3DA8BD5B3DCF3DDBBDD73D6F3DA9BDF53DDEBDACBD7FBDCFBBB83C16BDF3BD6CBCC23DC53D803D953CFE3CC5BD4F3DFFBD53BD07BDBC3D6FBB69BDB33CD4BD08BD0E3D08BC57BC9C3DC2BD81BDF83DCC3CA6BC853D9A3DABBC55BDA7BC3A3D83BC953DD1BD7BBDC33D863CCE3C283DF2BC4DBD133D08BD54BD873CF83C39BCADBD9BBC91BD873DAABDCC3D4C3DDBBDBE3DFDBDEEBBA0BDDCBD4B3C78BDB93DC9BDD43D9A3DE03D16BD9DBDAABDD53D7FBD7CBC9EBCB03CD2BDCE3DBDBDFC3D48BD65BD8DBC183DBEBC00BEB43DFE3D813DFB3D0C3D20BCCCBDE0BDB0BD02BD953D53BD9FBBE7BAA7BD5EBBF73DCD3DC33D4ABC113B8C3D2ABD4FBDDB3DEA3BADBDD83DAA3C893DDEBDBE3C9D3D94BC92BDCD3D6E3D123DF23C353B933DE0BC97BD443D093D433D63BC88BC23BC073DC4BDEFBD403D8CBD2CBC0E3D903CA53D863CFE3C37BC973C3C3DAF3DF3BD55BDE6BD4CBD9C3DF3BDE5BD943D97BDBB3D203D013DCB3DEDBDBB3D263DACBDF93C0FBD4EBD5EBC71BDE03DDC3D5ABCE3BDFBBB073CAB3D843B153D083D91BD9FBDE5BD81BA1F3D12BCF83DC3BCA7BDAB3C10BD8CBCF83D6BBBE03D893C3EBDBC3D92BD883BE63C663DECBDC93B05BDA63D2C3D4D3D9A3DE5BC03BCCD3DCEBDB1BD163C4BBDEB3BE23D6DBCDABD69BDEB3DE1BC61BD663D7E3CE2BDD53D903DDF3D603D2DBD27BD783DC7BCC93CF8BD7DBD3E3DCABB76BDDFBDA33DCEBCFCBDF73D793D99BDBBBDF73D093A9ABD933DD5BC0C3C85BDD9BDAABD61BCB9BDFC3DB13A44BD4A3DE3BD83BD403DDABD7F3D2C3CD5BDFEBD223D723DCDBCE2BD94BD5A3C953B033DB53CD7BB873DF83DD53DE93D2DBD2FBD63BC173D4F3D37BCA5BDC1BDF63D0ABD8ABC9DBD7EBDE13C583D4ABD3CBDCB3D84BDBFBDA0BCF43DDF3C8D3C7FBCA03D7EBDAE3DF23C643C8D3C9EBDBE3D863DC8BDEEBD04BDAA3D7CBDED3D81BDE7BD613D9BBDA1BC20BD23BCDFBDEBBD5C3D68BC9ABD51BBEABD083D733DF83DD1BD78BC8B3DEB3DB6BD5A3D533D9A3DB0BDB73D5FBD9EBDCB3CD93DAABD893D6BBC233DC83D0B3DD5BD1ABDCB3CD8BDAA3C89BDCCBC373DCEBDA4BD6A3DFDBDB03DC5BD04BBD23C4A3D9FBD8A3C5C3DDC3DC1BD7FBD153D83BBADBDD7BDE3BDB3BD5ABDB2BDE1BD203C963D71BD4D3CCABA6F3DB2BDC23BEF3DB73DFEBD9ABC993A29BDA8BDB2BDAA3D26BD04BC163D9DBD373C983D96BD153D8CBB8D3DAA3D083D783BDCBD4C3D9C3D3ABDFEBDCF3DF0BCCD3C10BDA33DFA3DA03D23BDB33D7A3D483CCEBD5CBDFDBDAB3DFD3D953D243DF23CF63D82BD2CBDE6BD4BBC0C3C0C3DB2BD6DBCD3BDD0BD853CFABD083DECBDB2BDD4BCF4BDCF3DD23D86BDD73C833D233D89BCF1BDBA3DE1BDBEBCFE3B29BD3BBDDDBDE23B69BCDF3D29BDC63DC23B66BDF4BC68BCAA3AA9BC183DD33DA13C393D9E3DDD3C6C3D863DF03DEABD2F3DBABBB8BC45BD9A3DEA3DD1BD8A3DB13DB33CC13AC53D733BFFBC17BC243D003DDDBB223D0A3DCFBDFF3C9D3D6B3C3BBCC43DE0BD6ABD67BDDD3DF8BD4B3CF8BD87BB3F3DEFBCF93DD13983BD043D853D82B9DB3DA2BD5A3D913D7E3D40B8123DC9BDC9BDFFBB80BCBE3DBA3DAE3D6BBDC9BDF0BD393DE7BD00BE81BDD8BD4ABDA1BD83BDF33DC1BCD43D363B84BC16BDB7BDCEBDB13D1EBDFABDEB3D183BABBDC9BDD7BDE0BDE83DB13D283CDABD06BDF0BD303D08BDDBBC20BD703D8B3DE03C80BC4ABC0FBBBFBDFA3D5DBD953D90BD5C3A2F3DEBBD6B3DC4BD8F3CCBBC933DF93DE73C6ABB7EBD3F3D76BD533D5EBDAE3DC43D9D3DA43A6D3DE9BDD03D05BD3B3DADBC2CBD70BDA53D8BBDB5BC813D4E3CD7BDFFBD79BDEC3DB6BD8D3DB73D54BD62BDB8BDA03C8FBCC73B5E3D573D22BD0D3CF33C2E3BCD3C4FBDD23D52BC83BCE6BDBABD7F3B9EBC81BD863D37BC343DD83D6BBD7CBDCEBC2DBC80BDF6BC6CBB663DED3DBE3D593C01BC033DA7BB86BC303DD0BDDABD053A1BBD7DBDEEBDAB3DA3BB8ABD51BD073DBABD043CCABA2E3D4B3DA7BD5D3DC13D043C823D42BDCB3C163D6CBD9E3DF2BD40BD97BD98BD9BBDF1BDB03CCBBCD8BD58B8ABBC533DC9BD10BDD33C593D1B3C0B3D003E31BDAE3DDD3DE2BDF83C913DA0BC8D3D8B3BC33D303BA4BDC23D183DDA3DFE3C883DA03DAC3CEEBCD33CB2BD8C3B25BD013CCBBD9C3DECBD5B3DA93DEBBDE73DBEBDC9BC853D22BDE43D62BD89BCA7BD6EBDFA3DC13D173C283CD9BDC13D9ABC56BDCCBDD23D733D9A3D543CAEBD523D6C3C2C3DFFBC72BDD23D2C3D50BD373CDFBC2FBC903DCCBDE83DAC3DE13851BDD13CA9BDA63D87BDC43CFCBD753DAD3DC03D273C973D2F3DAC3D903DE0BD583C2FBD74BDB33D93BC9F3CA13DAC3D893DB3BCE4BDF6BD213DC2BAA2BD603DE83D943D90BC8A3CA3BD723DC6BDB13D6ABD4BBDD6BDF8BC46BC6CBDB63D933DE2BD4DBC2C3DF73DF5BC9D3DE5BB44BD9D3DE4BDD63D003E0CBD4A3DFF3D1A3D483D3C3D51BDFA3C88BDDB3D5BBDEA3C14BD803D073B8D3D0BBD96BD443D90BDD2BD463D9ABD40BD00BD113C31BD38BD01BDB33D193D76BDB1BD3E3B243D2BBB963DD73D163D293D953D2FBDB63CCF3D75BD1F3C48BDC5BD883DCD3D8ABD403D1D3D483D8D3DEF3DC23DE0BD49BD883D92BDC93C5BBDCB3C7A3D213DBA3D76BC8B3D263D21BDB5BDEA3D19BDC13DA13DA5BBD3BD253C78BD053D4CBDC53DE7BD0ABDA13C433CD23D22BDCCBDA93D0F3DA93D98BD96BD4FBD123C2D3D93BD41BCB1BCEA3D39BDF83D9DBD53BDC1BDBD3DB0BD543D3CBDFF3D903CDEBDB03C793CF8BDCE3CF43D133D2EBAD4BC083D64BDFC3DDD3D6F3D3FBDF0BD93BDF93DEBBDF4BD14BC233DFFBDEEBD323A2CBDB23D133DDEBDE7BDB03DB6BC60BD213DC9BC753D023D5EBDCDBD8B3D9ABD63BC8C3C95BD8B3DB4BDFC3C5B3C3C3DFBBDED3B7A3DA4BDFD3C003AD93DD9BC603A5FBDFCBC133DF7BDC23DB83D593DC03D1FBDE93CD03BB1BD45BD36BDFDBCE3BDB4BD42BC9CBCE8BDDB3C8B3DD53DD73DB3BD24BD73BDBC3C093DE43C963D873D89BDB03DAD3D883CDFBD9DBD0F3D313DEF3D823D3A3D8CBBAF3D3ABD503D74BD99BA973D6B3DE6BCCFBA8EBD6D3DAC3D303DF8BDB7BDAB3D93BC9D3DBD3D16BD96BDF1BD443D833DB2BCF9BDA5BDDDBB6A3D2CBDA5BDB2BDE53D393DD0BD9EBDD9BD943C50BDDEB9A2BCE0BDE5BDC7BD56BD9F3C71BD92BB75BCEA3D69BDF13DC5BDD6BD263D95BD833D8EBDCA3DF83D033CDB3CEF3D983DDFBD83BBE7BDC43DBCBC64BA9DBD8BBD853CD33D81BD423CE83DE53DC8BCF03D3A3DE93D733BD9BD0BBD1A3D893DFFBDC73DE6BD963DFD3DFC3CC1BC8D3D18BDBEBDB6BD713DC43DA63BF8BDFCBDE7BC8A3DABBD0A3D8CBDD03D06BDD5BCE1BDE5BD0A3CA63C8A3DE0BDB33C94BC963D69BD193D4E3D813D30BD253DC9BC0A3D9DBDCBBDD1BDA1BD59BD983CE0BC92BD8A3A22BD9E3DD3BD3DBDA5BD7D3CDF3BECBBFE3D43BD93BC043DD63DC23D6A3C42BD283DA13D2FBB8D3DD23D89BDE2BCE6BDEB3CB63DC7BCA33C243D2FBBC73D953CFCBDD3BDFEBDA93B8A3D87BCE63DB8BCD13CE73D823D83BBF73D99BD3F3DA23D9FBDF0BD243D42BD81BDCC3CBABDE63D38BC24BDD63D0F3DC33C75BDF43D1CBDD53D17BC803DB43DBFBDABBDFDBDB93DDC3D3BBD7BBDAB3C8A3DFD3CD5BCA3BDDB3DA6BDF7BD4CBDCC3C3E3D463D94BD45BD64BD78BDD8BDD23C15BDF6BD95BD9ABD5DBD9EBDB2BC373DCFBD2FBC13BD83BDE3BC59BD843BB9BDC23CEB3DD43D66BD1E3DF2BDD83DFFBDE5BDE6BDEEBD8B3C07BDF53CFDBB30BB39BD98BDD6BD813D84BDD0BC793DFEBC01BDABBDDBBD763DE7BCA13D073C26B9E7BD353BE7BC92BDEDBCD63BC1BDAA3CB23DCA3CF43D6F3DCABD4ABDF6BC193D6ABBCE3D6E3CA2BD3CBDD5BD0DBD7C3D9E3AF4BDDEBD3A3DE1BDCCBD99BDF43D12BD53BDADBDA43DA5BCC53CF53C103DA43DD53B543C05BCC7BDEABCF43DB5BDA2BDFEBDF83BEFBD83BDEC3D543D883DAF3CDABD6EBDCFBD9EBD2E3D0EBDFA3DBBBDDABDFD3DDDBDDA3D0A3DE9BDDF3D0BBD53BDC8BDD9BDE43CFBBD523DFDBC343DFBBC313D60BB163D50BDB0BD823CA3BD9FBDF6BD23BDABBDC73DB83DF33CD03D773DF1BD4DBCA6BC9BBD123D20BD75BDBFBAAABDD43DA23DF23DB5BC273DA5BBD4BD683DB3BD39BD65BDFABD933BA83C18BCBC3DC43BBBBC8CBD98BD92BC96BDA9BD87BCB5BC9CBD963DD93DAFBD603D6EBD55BCEF3D833CF4BDEB3DADBB80BD87BDDC3D0A3B8D3DA83D47BD2E3CA6BDD63D87BDAA3D023D9E3DB4BD7FBB853DA3BBEBBA7A3DBFBDCDBC693D7B3DEE3DCBBCF33C7CBDACBC81BDBE3D483A503D8D3DBF3C5A3C16BCD9BDA53CE3BCD7BDEF3D5ABC80BDF9BDECBD433D6ABD5DBD94BDCF3DF6BCA63DCB3DC6BDBF3DC4BCF53D833DF8BDBE3C343D3ABDC23DD4BD22BDF43DFA3D803D99BDDCBDD0BD00BD913D223D79BCE63DC93D6FBD5EBDC0BAD43C6BBA463DB13DB9BC7B3D8B3C453D533D09BD64BD5B3DA4BD863DA4BDB03D4D3DFBBC923D29BDDA3C173D513CCE3C23BB14BD8F3D4A3D3F3DAD3D86BDEEBC69BBCF3DCCBD93BDF4BCDBBDCABDAF3DBF3BCEBDA9BC87BB36BDD6BD8B3D7DBCFA3DC4BD8DBDD5BBB2BDBB3DC63DE83DA2BDB63DB23D4CBD613C743DB73DEFBDFF3D01BD513D9FBDC5BDADBD973D7DBD953D1B3D4C3DE4BC22BD70BD8FBDEC3DDFBB5CBDEEBDB23BFEBDC1BAA23D93BD8D3D23BDC5BDFEBD7E3DC4BD7A3D933C8B3DC0BDE03DFFBDC2BD9A3D8B3B90BDD7BCE4BDDFBDDCBCC33D193DC13C08BDE93D9D3A2D3D023BA03C2B3DC43D933D833C4D3D1ABDAF3D103DC13DA0BCD1BDCA3C503DCF3D463D3D3DCC3D30BDE23D833DAB3DB73DD1BD853DEE3DB4BD30BC9CBDF7BC993C893D15BDF2BD8A3D903DBABCDB3DC53DE2BC9E3BB43CC9BCFCBC67BD92BD803D18BD76BDE23DA43CB93DE93D90BC993CED3DB0BD1ABD923C0BBC083D873D53BD1F3CE83D91BDAEBDC4BD993DEBBD79BDAD3D99BDD03D6FBDA23C863C49BB9F3DD93DA0BD903D093D19BBB3BD183DBA3DDCBDECBDFCBDED3C13BD1FBDEE3D03BDA3BD383C8DBD16BD873DEC3CB0BDF43DAD3DAFBD5F3D523DB8BDB4BDD4BD643DB23C583D61BDC03D833CCCBD01BD833DE13C9DBCB3BD9FBDDD3D93BDB53D2BBDA43AF9BD26BDD83DE6BD813DD7BD953CE8BDCBBDCFBD32BD8B3CBCBD023D9A3DD13DE33DA93D17BD3DBCE33D7F3D08BDC13DE0BDDB3D8F3DBCBDD1BDC83DFD3D333C48BD923D673D80BCCD3DA63DFF3C853DF0BD70BD603C0B3D8CBC413D1C3DEDBD213D27BCB0BD8A3BFCBC88BDE9BDD63D9BBD8A3CCD3D81BCA8BDF8BDAA3C80BD153C243D11BDAE3D85BC4CBDA9BD1B3D9EBDD73C81BCB03D7BBD7CBD84BC9CBD433D3CBD523D953D953DBCBC8C3D88BDFFBD43BCBABDC6BD023DDB3D49BDE8BBB9BDB33C123D9DBCC33DCEBD89BC8EBDE13DD93DFC3DEC3D4B3DC4BDAEBDF53CE5BDA23D5F3DF43CDFBD",
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
