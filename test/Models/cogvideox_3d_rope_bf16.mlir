// diffusers get_3d_rotary_pos_embed (grid 2x2x3, head_dim 48) + apply_rotary_emb.
// bf16, static (seq 8) sequence length; RoPE sites: 1.
// Imported by torch-mlir's FX importer (linalg-on-tensors) with torch 2.15.0, torch-mlir 20261001, transformers 5.24.0, diffusers 0.42.1.
// Generated: python -m rope_mlir.export_models --out test/Models (do not edit).
// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s
// CHECK: llvm.func @main

#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> ()>
#map2 = affine_map<(d0, d1) -> (d0, 0)>
#map3 = affine_map<(d0, d1) -> (d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x2x12x48xbf16>, %arg1: tensor<1x2x12x48xbf16>) -> (tensor<1x2x12x48xbf16>, tensor<1x2x12x48xbf16>) {
    %c1_i64 = arith.constant 1 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant dense<2.000000e+00> : tensor<f32>
    %cst_2 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_3 = arith.constant 2.000000e+00 : f32
    %cst_4 = arith.constant 1.200000e+01 : f32
    %cst_5 = arith.constant 1.000000e+04 : f32
    %cst_6 = arith.constant 1.800000e+01 : f32
    %cst_7 = arith.constant dense<2> : tensor<i64>
    %cst_8 = arith.constant dense<1> : tensor<i64>
    %0 = tensor.empty() : tensor<2xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %79 = linalg.index 0 : index
      %80 = arith.index_cast %79 : index to i64
      linalg.yield %80 : i64
    } -> tensor<2xi64>
    %2 = tensor.empty() : tensor<2xi1>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%1 : tensor<2xi64>) outs(%2 : tensor<2xi1>) {
    ^bb0(%in: i64, %out: i1):
      %79 = arith.cmpi slt, %in, %c1_i64 : i64
      linalg.yield %79 : i1
    } -> tensor<2xi1>
    %4 = tensor.empty() : tensor<2xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%1 : tensor<2xi64>) outs(%4 : tensor<2xf32>) {
    ^bb0(%in: i64, %out: f32):
      %79 = arith.sitofp %in : i64 to f32
      linalg.yield %79 : f32
    } -> tensor<2xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%5 : tensor<2xf32>) outs(%4 : tensor<2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = arith.addf %in, %cst : f32
      linalg.yield %79 : f32
    } -> tensor<2xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel"]} ins(%cst_8, %1 : tensor<i64>, tensor<2xi64>) outs(%0 : tensor<2xi64>) {
    ^bb0(%in: i64, %in_33: i64, %out: i64):
      %79 = arith.subi %in, %in_33 : i64
      linalg.yield %79 : i64
    } -> tensor<2xi64>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%7 : tensor<2xi64>) outs(%4 : tensor<2xf32>) {
    ^bb0(%in: i64, %out: f32):
      %79 = arith.sitofp %in : i64 to f32
      linalg.yield %79 : f32
    } -> tensor<2xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel"]} ins(%cst_2, %8 : tensor<f32>, tensor<2xf32>) outs(%4 : tensor<2xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.subf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<2xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel"]} ins(%3, %6, %9 : tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) outs(%4 : tensor<2xf32>) {
    ^bb0(%in: i1, %in_33: f32, %in_34: f32, %out: f32):
      %79 = arith.select %in, %in_33, %in_34 : f32
      linalg.yield %79 : f32
    } -> tensor<2xf32>
    %11 = tensor.empty() : tensor<3xi64>
    %12 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%11 : tensor<3xi64>) {
    ^bb0(%out: i64):
      %79 = linalg.index 0 : index
      %80 = arith.index_cast %79 : index to i64
      linalg.yield %80 : i64
    } -> tensor<3xi64>
    %13 = tensor.empty() : tensor<3xi1>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%12 : tensor<3xi64>) outs(%13 : tensor<3xi1>) {
    ^bb0(%in: i64, %out: i1):
      %79 = arith.cmpi sle, %in, %c1_i64 : i64
      linalg.yield %79 : i1
    } -> tensor<3xi1>
    %15 = tensor.empty() : tensor<3xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%12 : tensor<3xi64>) outs(%15 : tensor<3xf32>) {
    ^bb0(%in: i64, %out: f32):
      %79 = arith.sitofp %in : i64 to f32
      linalg.yield %79 : f32
    } -> tensor<3xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%16 : tensor<3xf32>) outs(%15 : tensor<3xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = arith.addf %in, %cst : f32
      linalg.yield %79 : f32
    } -> tensor<3xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel"]} ins(%cst_7, %12 : tensor<i64>, tensor<3xi64>) outs(%11 : tensor<3xi64>) {
    ^bb0(%in: i64, %in_33: i64, %out: i64):
      %79 = arith.subi %in, %in_33 : i64
      linalg.yield %79 : i64
    } -> tensor<3xi64>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%18 : tensor<3xi64>) outs(%15 : tensor<3xf32>) {
    ^bb0(%in: i64, %out: f32):
      %79 = arith.sitofp %in : i64 to f32
      linalg.yield %79 : f32
    } -> tensor<3xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel"]} ins(%cst_1, %19 : tensor<f32>, tensor<3xf32>) outs(%15 : tensor<3xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.subf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<3xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel"]} ins(%14, %17, %20 : tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) outs(%15 : tensor<3xf32>) {
    ^bb0(%in: i1, %in_33: f32, %in_34: f32, %out: f32):
      %79 = arith.select %in, %in_33, %in_34 : f32
      linalg.yield %79 : f32
    } -> tensor<3xf32>
    %22 = tensor.empty() : tensor<6xf32>
    %23 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%22 : tensor<6xf32>) {
    ^bb0(%out: f32):
      %79 = linalg.index 0 : index
      %80 = arith.index_cast %79 : index to i64
      %81 = arith.sitofp %80 : i64 to f32
      %82 = arith.mulf %81, %cst_3 : f32
      %83 = arith.addf %82, %cst : f32
      linalg.yield %83 : f32
    } -> tensor<6xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%23 : tensor<6xf32>) outs(%22 : tensor<6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = arith.divf %in, %cst_4 : f32
      linalg.yield %79 : f32
    } -> tensor<6xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%24 : tensor<6xf32>) outs(%22 : tensor<6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.powf %cst_5, %in : f32
      linalg.yield %79 : f32
    } -> tensor<6xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%25 : tensor<6xf32>) outs(%22 : tensor<6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = arith.cmpf one, %in, %cst : f32
      cf.assert %79, "unimplemented: tensor with zero element"
      %80 = arith.divf %cst_0, %in : f32
      linalg.yield %80 : f32
    } -> tensor<6xf32>
    %expanded = tensor.expand_shape %10 [[0, 1]] output_shape [2, 1] : tensor<2xf32> into tensor<2x1xf32>
    %27 = tensor.empty() : tensor<2x6xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded, %26 : tensor<2x1xf32>, tensor<6xf32>) outs(%27 : tensor<2x6xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.mulf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<2x6xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%28 : tensor<2x6xf32>) outs(%27 : tensor<2x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.cos %in : f32
      linalg.yield %79 : f32
    } -> tensor<2x6xf32>
    %30 = tensor.empty() : tensor<2x6x2xf32>
    %31 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x6xf32>) outs(%30 : tensor<2x6x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x6x2xf32>
    %collapsed = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<2x6x2xf32> into tensor<2x12xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%28 : tensor<2x6xf32>) outs(%27 : tensor<2x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.sin %in : f32
      linalg.yield %79 : f32
    } -> tensor<2x6xf32>
    %33 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x6xf32>) outs(%30 : tensor<2x6x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x6x2xf32>
    %collapsed_9 = tensor.collapse_shape %33 [[0], [1, 2]] : tensor<2x6x2xf32> into tensor<2x12xf32>
    %34 = tensor.empty() : tensor<9xf32>
    %35 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%34 : tensor<9xf32>) {
    ^bb0(%out: f32):
      %79 = linalg.index 0 : index
      %80 = arith.index_cast %79 : index to i64
      %81 = arith.sitofp %80 : i64 to f32
      %82 = arith.mulf %81, %cst_3 : f32
      %83 = arith.addf %82, %cst : f32
      linalg.yield %83 : f32
    } -> tensor<9xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%35 : tensor<9xf32>) outs(%34 : tensor<9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = arith.divf %in, %cst_6 : f32
      linalg.yield %79 : f32
    } -> tensor<9xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%36 : tensor<9xf32>) outs(%34 : tensor<9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.powf %cst_5, %in : f32
      linalg.yield %79 : f32
    } -> tensor<9xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%37 : tensor<9xf32>) outs(%34 : tensor<9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = arith.cmpf one, %in, %cst : f32
      cf.assert %79, "unimplemented: tensor with zero element"
      %80 = arith.divf %cst_0, %in : f32
      linalg.yield %80 : f32
    } -> tensor<9xf32>
    %39 = tensor.empty() : tensor<2x9xf32>
    %40 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded, %38 : tensor<2x1xf32>, tensor<9xf32>) outs(%39 : tensor<2x9xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.mulf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<2x9xf32>
    %41 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%40 : tensor<2x9xf32>) outs(%39 : tensor<2x9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.cos %in : f32
      linalg.yield %79 : f32
    } -> tensor<2x9xf32>
    %42 = tensor.empty() : tensor<2x9x2xf32>
    %43 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41 : tensor<2x9xf32>) outs(%42 : tensor<2x9x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x9x2xf32>
    %collapsed_10 = tensor.collapse_shape %43 [[0], [1, 2]] : tensor<2x9x2xf32> into tensor<2x18xf32>
    %44 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%40 : tensor<2x9xf32>) outs(%39 : tensor<2x9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.sin %in : f32
      linalg.yield %79 : f32
    } -> tensor<2x9xf32>
    %45 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44 : tensor<2x9xf32>) outs(%42 : tensor<2x9x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x9x2xf32>
    %collapsed_11 = tensor.collapse_shape %45 [[0], [1, 2]] : tensor<2x9x2xf32> into tensor<2x18xf32>
    %46 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%37 : tensor<9xf32>) outs(%34 : tensor<9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = arith.cmpf one, %in, %cst : f32
      cf.assert %79, "unimplemented: tensor with zero element"
      %80 = arith.divf %cst_0, %in : f32
      linalg.yield %80 : f32
    } -> tensor<9xf32>
    %expanded_12 = tensor.expand_shape %21 [[0, 1]] output_shape [3, 1] : tensor<3xf32> into tensor<3x1xf32>
    %47 = tensor.empty() : tensor<3x9xf32>
    %48 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_12, %46 : tensor<3x1xf32>, tensor<9xf32>) outs(%47 : tensor<3x9xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.mulf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<3x9xf32>
    %49 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%48 : tensor<3x9xf32>) outs(%47 : tensor<3x9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.cos %in : f32
      linalg.yield %79 : f32
    } -> tensor<3x9xf32>
    %50 = tensor.empty() : tensor<3x9x2xf32>
    %51 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49 : tensor<3x9xf32>) outs(%50 : tensor<3x9x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<3x9x2xf32>
    %collapsed_13 = tensor.collapse_shape %51 [[0], [1, 2]] : tensor<3x9x2xf32> into tensor<3x18xf32>
    %52 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%48 : tensor<3x9xf32>) outs(%47 : tensor<3x9xf32>) {
    ^bb0(%in: f32, %out: f32):
      %79 = math.sin %in : f32
      linalg.yield %79 : f32
    } -> tensor<3x9xf32>
    %53 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52 : tensor<3x9xf32>) outs(%50 : tensor<3x9x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<3x9x2xf32>
    %collapsed_14 = tensor.collapse_shape %53 [[0], [1, 2]] : tensor<3x9x2xf32> into tensor<3x18xf32>
    %54 = tensor.empty() : tensor<2x2x3x12xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x12xf32>) outs(%54 : tensor<2x2x3x12xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x3x12xf32>
    %56 = tensor.empty() : tensor<2x2x3x18xf32>
    %57 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<2x18xf32>) outs(%56 : tensor<2x2x3x18xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x3x18xf32>
    %58 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<3x18xf32>) outs(%56 : tensor<2x2x3x18xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x3x18xf32>
    %concat = tensor.concat dim(3) %55, %57, %58 : (tensor<2x2x3x12xf32>, tensor<2x2x3x18xf32>, tensor<2x2x3x18xf32>) -> tensor<2x2x3x48xf32>
    %collapsed_15 = tensor.collapse_shape %concat [[0, 1, 2], [3]] : tensor<2x2x3x48xf32> into tensor<12x48xf32>
    %59 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_9 : tensor<2x12xf32>) outs(%54 : tensor<2x2x3x12xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x3x12xf32>
    %60 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x18xf32>) outs(%56 : tensor<2x2x3x18xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x3x18xf32>
    %61 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<3x18xf32>) outs(%56 : tensor<2x2x3x18xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x3x18xf32>
    %concat_16 = tensor.concat dim(3) %59, %60, %61 : (tensor<2x2x3x12xf32>, tensor<2x2x3x18xf32>, tensor<2x2x3x18xf32>) -> tensor<2x2x3x48xf32>
    %collapsed_17 = tensor.collapse_shape %concat_16 [[0, 1, 2], [3]] : tensor<2x2x3x48xf32> into tensor<12x48xf32>
    %expanded_18 = tensor.expand_shape %collapsed_15 [[0, 1, 2], [3]] output_shape [1, 1, 12, 48] : tensor<12x48xf32> into tensor<1x1x12x48xf32>
    %expanded_19 = tensor.expand_shape %collapsed_17 [[0, 1, 2], [3]] output_shape [1, 1, 12, 48] : tensor<12x48xf32> into tensor<1x1x12x48xf32>
    %expanded_20 = tensor.expand_shape %arg0 [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 24, 2] : tensor<1x2x12x48xbf16> into tensor<1x2x12x24x2xbf16>
    %extracted_slice = tensor.extract_slice %expanded_20[0, 0, 0, 0, 0] [1, 2, 12, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x24x2xbf16> to tensor<1x2x12x24x1xbf16>
    %extracted_slice_21 = tensor.extract_slice %expanded_20[0, 0, 0, 0, 1] [1, 2, 12, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x24x2xbf16> to tensor<1x2x12x24x1xbf16>
    %collapsed_22 = tensor.collapse_shape %extracted_slice_21 [[0], [1], [2], [3, 4]] : tensor<1x2x12x24x1xbf16> into tensor<1x2x12x24xbf16>
    %62 = tensor.empty() : tensor<1x2x12x24xbf16>
    %63 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_22 : tensor<1x2x12x24xbf16>) outs(%62 : tensor<1x2x12x24xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %79 = arith.negf %in : bf16
      linalg.yield %79 : bf16
    } -> tensor<1x2x12x24xbf16>
    %expanded_23 = tensor.expand_shape %63 [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 24, 1] : tensor<1x2x12x24xbf16> into tensor<1x2x12x24x1xbf16>
    %concat_24 = tensor.concat dim(4) %expanded_23, %extracted_slice : (tensor<1x2x12x24x1xbf16>, tensor<1x2x12x24x1xbf16>) -> tensor<1x2x12x24x2xbf16>
    %collapsed_25 = tensor.collapse_shape %concat_24 [[0], [1], [2], [3, 4]] : tensor<1x2x12x24x2xbf16> into tensor<1x2x12x48xbf16>
    %64 = tensor.empty() : tensor<1x2x12x48xf32>
    %65 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x2x12x48xbf16>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %79 = arith.extf %in : bf16 to f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %66 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %expanded_18 : tensor<1x2x12x48xf32>, tensor<1x1x12x48xf32>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.mulf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %67 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_25 : tensor<1x2x12x48xbf16>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %79 = arith.extf %in : bf16 to f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %68 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %expanded_19 : tensor<1x2x12x48xf32>, tensor<1x1x12x48xf32>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.mulf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %69 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %68 : tensor<1x2x12x48xf32>, tensor<1x2x12x48xf32>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.addf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %70 = tensor.empty() : tensor<1x2x12x48xbf16>
    %71 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<1x2x12x48xf32>) outs(%70 : tensor<1x2x12x48xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %79 = arith.truncf %in : f32 to bf16
      linalg.yield %79 : bf16
    } -> tensor<1x2x12x48xbf16>
    %expanded_26 = tensor.expand_shape %arg1 [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 24, 2] : tensor<1x2x12x48xbf16> into tensor<1x2x12x24x2xbf16>
    %extracted_slice_27 = tensor.extract_slice %expanded_26[0, 0, 0, 0, 0] [1, 2, 12, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x24x2xbf16> to tensor<1x2x12x24x1xbf16>
    %extracted_slice_28 = tensor.extract_slice %expanded_26[0, 0, 0, 0, 1] [1, 2, 12, 24, 1] [1, 1, 1, 1, 1] : tensor<1x2x12x24x2xbf16> to tensor<1x2x12x24x1xbf16>
    %collapsed_29 = tensor.collapse_shape %extracted_slice_28 [[0], [1], [2], [3, 4]] : tensor<1x2x12x24x1xbf16> into tensor<1x2x12x24xbf16>
    %72 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_29 : tensor<1x2x12x24xbf16>) outs(%62 : tensor<1x2x12x24xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %79 = arith.negf %in : bf16
      linalg.yield %79 : bf16
    } -> tensor<1x2x12x24xbf16>
    %expanded_30 = tensor.expand_shape %72 [[0], [1], [2], [3, 4]] output_shape [1, 2, 12, 24, 1] : tensor<1x2x12x24xbf16> into tensor<1x2x12x24x1xbf16>
    %concat_31 = tensor.concat dim(4) %expanded_30, %extracted_slice_27 : (tensor<1x2x12x24x1xbf16>, tensor<1x2x12x24x1xbf16>) -> tensor<1x2x12x24x2xbf16>
    %collapsed_32 = tensor.collapse_shape %concat_31 [[0], [1], [2], [3, 4]] : tensor<1x2x12x24x2xbf16> into tensor<1x2x12x48xbf16>
    %73 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1 : tensor<1x2x12x48xbf16>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %79 = arith.extf %in : bf16 to f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %74 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %expanded_18 : tensor<1x2x12x48xf32>, tensor<1x1x12x48xf32>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.mulf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %75 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_32 : tensor<1x2x12x48xbf16>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %79 = arith.extf %in : bf16 to f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %76 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %expanded_19 : tensor<1x2x12x48xf32>, tensor<1x1x12x48xf32>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.mulf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %77 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %76 : tensor<1x2x12x48xf32>, tensor<1x2x12x48xf32>) outs(%64 : tensor<1x2x12x48xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %79 = arith.addf %in, %in_33 : f32
      linalg.yield %79 : f32
    } -> tensor<1x2x12x48xf32>
    %78 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77 : tensor<1x2x12x48xf32>) outs(%70 : tensor<1x2x12x48xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %79 = arith.truncf %in : f32 to bf16
      linalg.yield %79 : bf16
    } -> tensor<1x2x12x48xbf16>
    return %71, %78 : tensor<1x2x12x48xbf16>, tensor<1x2x12x48xbf16>
  }
}
