// Found by rope-fuzz under ASan: a use-after-poison report in MLIR attribute
// storage, a false one. Our ASan-instrumented copy of LLVM's BumpPtrAllocator
// slow path poisons fresh slabs that Debian's uninstrumented libMLIR then
// allocates from without unpoisoning. Fixed by allow_user_poisoning=0 in
// every executable of the sanitizer build (utils/sanitizers/DefaultOptions.c).
// The input is a fuzzed, partly invalid module (parse errors included).
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
module {
  func.func @main(%arg0: tensor<1x8x64xf32>, %arg1: tensor<1x8xi64>) -> tensor<1x8x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<0.5> : tensor<64x64xf32>
    %cst_2 = arith.constant dense<0.5> : tensor<32x64xf32>
    %cst_3 = arith.constant dense<0.5> : tensor<32x64xf32>
    %cst_4 = arith.constant dense<0.5> : tensor<64x64xf32>
    %cst_5 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_6 = arith.constant 2.500000e-01 : f32
    %expanded = tensor.expand_shape %arg1 [[0], [1, 2]] output_shape [1, 8, 1] : tensor<1x8xi64> into tensor<1x8x1xi64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x8x1xi64>) outs(%0 : tensor<1x8x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      linalg.yield %52 : f32
    } -> tensor<1x8x1xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst_5 : tensor<1x8x1xf32>, tensor<8xf32>) outs(%2 : tensor<1x8x8xf32>) {
      %52 = arith.mulf %in, %in_35 : f32
      linalg.yield %52 : f32
    } -> tensor<1x8x8xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x8x16xf32>) outs(%4 : tensor<1x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %52 : f32
  %g = rope.freqs %pidx {dim = 8 : i64, theta = 100.0 : f64} : tensor<3xindex>
  %h = rope.freqs %p0 {dim = 8 : i64, theta = 100.0 : f64} : tensor<i64>
  %y = rope.freqs %p {coords = 8 : i64, scaling = #rope.yarn<factor = 8.0, original_max_position = 64>} : tensor<3xi32>
