// diffusers apply_rotary_emb with the 3D (cos, sin) table as inputs.
// f32, dynamic sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x2x?x48xf32>, %arg1: tensor<1x2x?x48xf32>, %arg2: tensor<?x48xf32>, %arg3: tensor<?x48xf32>) -> (tensor<1x2x?x48xf32>, tensor<1x2x?x48xf32>) {
    %c1_i64 = arith.constant 1 : i64
    %c0_i64 = arith.constant 0 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c96_i64 = arith.constant 96 : i64
    %dim = tensor.dim %arg0, %c2 : tensor<1x2x?x48xf32>
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
    %reshape = tensor.reshape %arg0(%from_elements) : (tensor<1x2x?x48xf32>, tensor<5xi64>) -> tensor<1x2x?x24x2xf32>
    %11 = arith.index_cast %10 : i64 to index
    %extracted_slice = tensor.extract_slice %reshape[0, 0, 0, 0, 0] [1, 2, %11, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xf32> to tensor<1x2x?x24x1xf32>
    %extracted_slice_3 = tensor.extract_slice %reshape[0, 0, 0, 0, 1] [1, 2, %11, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xf32> to tensor<1x2x?x24x1xf32>
    %collapsed = tensor.collapse_shape %extracted_slice_3 [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x1xf32> into tensor<1x2x?x24xf32>
    %12 = tensor.empty(%11) : tensor<1x2x?x24xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed : tensor<1x2x?x24xf32>) outs(%12 : tensor<1x2x?x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %37 = arith.negf %in : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x24xf32>
    %expanded_4 = tensor.expand_shape %13 [[0], [1], [2], [3, 4]] output_shape [1, 2, %11, 24, 1] : tensor<1x2x?x24xf32> into tensor<1x2x?x24x1xf32>
    %concat = tensor.concat dim(4) %expanded_4, %extracted_slice : (tensor<1x2x?x24x1xf32>, tensor<1x2x?x24x1xf32>) -> tensor<1x2x?x24x2xf32>
    %collapsed_5 = tensor.collapse_shape %concat [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x2xf32> into tensor<1x2x?x48xf32>
    %14 = arith.cmpi eq, %dim, %dim_0 : index
    cf.assert %14, "mismatched size for broadcast"
    %15 = tensor.empty(%dim) : tensor<1x2x?x48xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %expanded : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%15 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %37 = arith.mulf %in, %in_17 : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x48xf32>
    %dim_6 = tensor.dim %expanded_4, %c2 : tensor<1x2x?x24x1xf32>
    %17 = arith.cmpi eq, %dim_6, %dim_1 : index
    cf.assert %17, "mismatched size for broadcast"
    %18 = tensor.empty(%dim_6) : tensor<1x2x?x48xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_5, %expanded_2 : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%18 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %37 = arith.mulf %in, %in_17 : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x48xf32>
    %20 = arith.cmpi eq, %dim, %dim_6 : index
    cf.assert %20, "mismatched size for broadcast"
    %21 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %19 : tensor<1x2x?x48xf32>, tensor<1x2x?x48xf32>) outs(%15 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %37 = arith.addf %in, %in_17 : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x48xf32>
    cf.assert %7, "must have at most one inferred (negative) dimension"
    %dim_7 = tensor.dim %arg1, %c2 : tensor<1x2x?x48xf32>
    %22 = arith.index_cast %dim_7 : index to i64
    %23 = arith.muli %22, %c96_i64 : i64
    %24 = arith.divsi %23, %6 : i64
    %25 = arith.select %2, %24, %0 : i64
    %from_elements_8 = tensor.from_elements %c1_i64, %c2_i64, %25, %24, %c2_i64 : tensor<5xi64>
    %reshape_9 = tensor.reshape %arg1(%from_elements_8) : (tensor<1x2x?x48xf32>, tensor<5xi64>) -> tensor<1x2x?x24x2xf32>
    %26 = arith.index_cast %25 : i64 to index
    %extracted_slice_10 = tensor.extract_slice %reshape_9[0, 0, 0, 0, 0] [1, 2, %26, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xf32> to tensor<1x2x?x24x1xf32>
    %extracted_slice_11 = tensor.extract_slice %reshape_9[0, 0, 0, 0, 1] [1, 2, %26, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x?x24x2xf32> to tensor<1x2x?x24x1xf32>
    %collapsed_12 = tensor.collapse_shape %extracted_slice_11 [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x1xf32> into tensor<1x2x?x24xf32>
    %27 = tensor.empty(%26) : tensor<1x2x?x24xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<1x2x?x24xf32>) outs(%27 : tensor<1x2x?x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %37 = arith.negf %in : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x24xf32>
    %expanded_13 = tensor.expand_shape %28 [[0], [1], [2], [3, 4]] output_shape [1, 2, %26, 24, 1] : tensor<1x2x?x24xf32> into tensor<1x2x?x24x1xf32>
    %concat_14 = tensor.concat dim(4) %expanded_13, %extracted_slice_10 : (tensor<1x2x?x24x1xf32>, tensor<1x2x?x24x1xf32>) -> tensor<1x2x?x24x2xf32>
    %collapsed_15 = tensor.collapse_shape %concat_14 [[0], [1], [2], [3, 4]] : tensor<1x2x?x24x2xf32> into tensor<1x2x?x48xf32>
    %29 = arith.cmpi eq, %dim_7, %dim_0 : index
    cf.assert %29, "mismatched size for broadcast"
    %30 = tensor.empty(%dim_7) : tensor<1x2x?x48xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1, %expanded : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%30 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %37 = arith.mulf %in, %in_17 : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x48xf32>
    %dim_16 = tensor.dim %expanded_13, %c2 : tensor<1x2x?x24x1xf32>
    %32 = arith.cmpi eq, %dim_16, %dim_1 : index
    cf.assert %32, "mismatched size for broadcast"
    %33 = tensor.empty(%dim_16) : tensor<1x2x?x48xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_15, %expanded_2 : tensor<1x2x?x48xf32>, tensor<1x1x?x48xf32>) outs(%33 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %37 = arith.mulf %in, %in_17 : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x48xf32>
    %35 = arith.cmpi eq, %dim_7, %dim_16 : index
    cf.assert %35, "mismatched size for broadcast"
    %36 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %34 : tensor<1x2x?x48xf32>, tensor<1x2x?x48xf32>) outs(%30 : tensor<1x2x?x48xf32>) {
    ^bb0(%in: f32, %in_17: f32, %out: f32):
      %37 = arith.addf %in, %in_17 : f32
      linalg.yield %37 : f32
    } -> tensor<1x2x?x48xf32>
    return %21, %36 : tensor<1x2x?x48xf32>, tensor<1x2x?x48xf32>
  }
}
