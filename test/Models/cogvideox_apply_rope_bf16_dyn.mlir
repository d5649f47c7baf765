// diffusers apply_rotary_emb with the 3D (cos, sin) table as inputs.
// bf16, dynamic sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x2x?x48xbf16>, %arg1: tensor<1x2x?x48xbf16>, %arg2: tensor<?x48xf32>, %arg3: tensor<?x48xf32>) -> (tensor<1x2x?x48xbf16>, tensor<1x2x?x48xbf16>) {
    %c1_i64 = arith.constant 1 : i64
    %c0_i64 = arith.constant 0 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c96_i64 = arith.constant 96 : i64
    %dim = tensor.dim %arg0, %c2 : tensor<1x2x?x48xbf16>
    %0 = arith.index_cast %dim : index to i64
    %dim_0 = tensor.dim %arg2, %c0 : tensor<?x48xf32>
    %expanded = tensor.expand_shape %arg2 [[0, 1, 2], [3]] output_shape [1, 1, %dim_0, 48] : tensor<?x48xf32> into tensor<1x1x?x48xf32>
    %dim_1 = tensor.dim %arg3, %c0 : tensor<?x48xf32>
    %expanded_2 = tensor.expand_shape %arg3 [[0, 1, 2], [3]] output_shape [1, 1, %dim_1, 48] : tensor<?x48xf32> into tensor<1x1x?x48xf32>
    %1 = arith.muli %0, %c2_i64 : i64
    %2 = arith.cmpi slt, %0, %c0_i64 : i64
    %3 = arith.select %2, %c2_i64, %1 : i64
    %4 = arith.extui %2 : i1 to i64
    %5 = arith.addi %4, %c1_i64 : i64
    %6 = arith.muli %3, %c2_i64 : i64
    %7 = arith.cmpi sle, %5, %c1_i64 : i64
    cf.assert %7, "must have at most one inferred (negative) dimension"
    %8 = arith.muli %0, %c96_i64 : i64
    %9 = arith.divsi %8, %6 : i64
    %10 = arith.select %2, %9, %0 : i64
    %from_elements = tensor.from_elements %c1_i64, %c2_i64, %10, %9, %c2_i64 : tensor<5xi64>
    %reshape = tensor.reshape %arg0(%from_elements) : (tensor<1x2x?x48xbf16>, tensor<5xi64>) -> tensor<1x2x?x24x2xbf16>
    %11 = arith.index_cast %10 : i64 to index
    %extracted_slice = tensor.extract_slice %reshape[0, 0, 0, 0, 0] [1, 2, %11, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xbf16> to tensor<1x2x?x24x1xbf16>
    %extracted_slice_3 = tensor.extract_slice %reshape[0, 0, 0, 0, 1] [1, 2, %11, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xbf16> to tensor<1x2x?x24x1xbf16>
    %collapsed = tensor.collapse_shape %extracted_slice_3 [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x1xbf16> into tensor<1x2x?x24xbf16>
    %12 = tensor.empty(%11) : tensor<1x2x?x24xbf16>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed : tensor<1x2x?x24xbf16>) outs(%12 : tensor<1x2x?x24xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %45 = arith.negf %in : bf16
      linalg.yield %45 : bf16
    } -> tensor<1x2x?x24xbf16>
    %expanded_4 = tensor.expand_shape %13 [[0], [1], [2], [3, 4]] output_shape [1, 2, %11, 24, 1] : tensor<1x2x?x24xbf16> into tensor<1x2x?x24x1xbf16>
    %concat = tensor.concat dim(4) %expanded_4, %extracted_slice : (tensor<1x2x?x24x1xbf16>, tensor<1x2x?x24x1xbf16>) -> tensor<1x2x?x24x2xbf16>
    %collapsed_5 = tensor.collapse_shape %concat [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x2xbf16> into tensor<1x2x?x48xbf16>
    %14 = tensor.empty(%dim) : tensor<1x2x?x48xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x2x?x48xbf16>) outs(%14 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %45 = arith.extf %in : bf16 to f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %16 = arith.cmpi eq, %dim, %dim_0 : index
    cf.assert %16, "mismatched size for broadcast"
    %17 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %expanded : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%14 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %45 = arith.mulf %in, %in_17 : f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %dim_6 = tensor.dim %expanded_4, %c2 : tensor<1x2x?x24x1xbf16>
    %18 = tensor.empty(%dim_6) : tensor<1x2x?x48xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_5 : tensor<1x2x?x48xbf16>) outs(%18 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %45 = arith.extf %in : bf16 to f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %20 = arith.cmpi eq, %dim_6, %dim_1 : index
    cf.assert %20, "mismatched size for broadcast"
    %21 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %expanded_2 : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%18 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %45 = arith.mulf %in, %in_17 : f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %22 = arith.cmpi eq, %dim, %dim_6 : index
    cf.assert %22, "mismatched size for broadcast"
    %23 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %21 : tensor<1x2x?x48xf32>, tensor<1x2x?x48xf32>) outs(%14 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %45 = arith.addf %in, %in_17 : f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %24 = tensor.empty(%dim) : tensor<1x2x?x48xbf16>
    %25 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<1x2x?x48xf32>) outs(%24 : tensor<1x2x?x48xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %45 = arith.truncf %in : f32 to bf16
      linalg.yield %45 : bf16
    } -> tensor<1x2x?x48xbf16>
    cf.assert %7, "must have at most one inferred (negative) dimension"
    %dim_7 = tensor.dim %arg1, %c2 : tensor<1x2x?x48xbf16>
    %26 = arith.index_cast %dim_7 : index to i64
    %27 = arith.muli %26, %c96_i64 : i64
    %28 = arith.divsi %27, %6 : i64
    %29 = arith.select %2, %28, %0 : i64
    %from_elements_8 = tensor.from_elements %c1_i64, %c2_i64, %29, %28, %c2_i64 : tensor<5xi64>
    %reshape_9 = tensor.reshape %arg1(%from_elements_8) : (tensor<1x2x?x48xbf16>, tensor<5xi64>) -> tensor<1x2x?x24x2xbf16>
    %30 = arith.index_cast %29 : i64 to index
    %extracted_slice_10 = tensor.extract_slice %reshape_9[0, 0, 0, 0, 0] [1, 2, %30, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xbf16> to tensor<1x2x?x24x1xbf16>
    %extracted_slice_11 = tensor.extract_slice %reshape_9[0, 0, 0, 0, 1] [1, 2, %30, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xbf16> to tensor<1x2x?x24x1xbf16>
    %collapsed_12 = tensor.collapse_shape %extracted_slice_11 [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x1xbf16> into tensor<1x2x?x24xbf16>
    %31 = tensor.empty(%30) : tensor<1x2x?x24xbf16>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<1x2x?x24xbf16>) outs(%31 : tensor<1x2x?x24xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %45 = arith.negf %in : bf16
      linalg.yield %45 : bf16
    } -> tensor<1x2x?x24xbf16>
    %expanded_13 = tensor.expand_shape %32 [[0], [1], [2], [3, 4]] output_shape [1, 2, %30, 24, 1] : tensor<1x2x?x24xbf16> into tensor<1x2x?x24x1xbf16>
    %concat_14 = tensor.concat dim(4) %expanded_13, %extracted_slice_10 : (tensor<1x2x?x24x1xbf16>, tensor<1x2x?x24x1xbf16>) -> tensor<1x2x?x24x2xbf16>
    %collapsed_15 = tensor.collapse_shape %concat_14 [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x2xbf16> into tensor<1x2x?x48xbf16>
    %33 = tensor.empty(%dim_7) : tensor<1x2x?x48xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1 : tensor<1x2x?x48xbf16>) outs(%33 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %45 = arith.extf %in : bf16 to f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %35 = arith.cmpi eq, %dim_7, %dim_0 : index
    cf.assert %35, "mismatched size for broadcast"
    %36 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %expanded : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%33 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %45 = arith.mulf %in, %in_17 : f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %dim_16 = tensor.dim %expanded_13, %c2 : tensor<1x2x?x24x1xbf16>
    %37 = tensor.empty(%dim_16) : tensor<1x2x?x48xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<1x2x?x48xbf16>) outs(%37 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %45 = arith.extf %in : bf16 to f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %39 = arith.cmpi eq, %dim_16, %dim_1 : index
    cf.assert %39, "mismatched size for broadcast"
    %40 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %expanded_2 : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%37 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %45 = arith.mulf %in, %in_17 : f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %41 = arith.cmpi eq, %dim_7, %dim_16 : index
    cf.assert %41, "mismatched size for broadcast"
    %42 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %40 : tensor<1x2x?x48xf32>, tensor<1x2x?x48xf32>) outs(%33 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %45 = arith.addf %in, %in_17 : f32
      linalg.yield %45 : f32
    } -> tensor<1x2x?x48xf32>
    %43 = tensor.empty(%dim_7) : tensor<1x2x?x48xbf16>
    %44 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42 : tensor<1x2x?x48xf32>) outs(%43 : tensor<1x2x?x48xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %45 = arith.truncf %in : f32 to bf16
      linalg.yield %45 : bf16
    } -> tensor<1x2x?x48xbf16>
    return %25, %44 : tensor<1x2x?x48xbf16>, tensor<1x2x?x48xbf16>
  }
}
