// Found by utils/mutate/rope-mutate.py (full run), from
// test/Models/meta_complex_rope_dyn.mlir with the freqs table's broadcast map
// (d0, d1, 0, d3) changed to (d0, d1, d3, d3): the table is read along a
// size-1 dim, out of bounds at run time for every k > 0, but valid IR.
// --rope-raise then builds a tensor.extract_slice of the 64x8 table that
// runs out of bounds statically ("slice along dimension 1 runs
// out-of-bounds: 63 >= 8"), IR that does not verify, and rope-opt fails.
// The raise must leave such a value alone or raise it with valid IR; since
// f036b31 (rope-raise: strided column slices of tables) it leaves it alone.
// Reduced with utils/reduce/reduce.py from the tester's output.
// RUN: rope-opt %s --rope-raise | FileCheck %s
// CHECK-LABEL: func.func @model
// CHECK: return
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3, d3)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map3 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
module {
  func.func @model(%arg0: tensor<1x?x4x16xf32>, %arg1: tensor<1x?x2x16xf32>) -> (tensor<1x?x4x16xf32>, tensor<1x?x2x16xf32>) {
    %c1_i64 = arith.constant 1 : i64
    %c4_i64 = arith.constant 4 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c-1 = arith.constant -1 : index
    %c64 = arith.constant 64 : index
    %c2_i64 = arith.constant 2 : i64
    %cst = arith.constant dense_resource<torch_tensor_64_8_torch.complex64> : tensor<64x8xcomplex<f32>>
    %c8_i64 = arith.constant 8 : i64
    %c64_i64 = arith.constant 64 : i64
    %c32_i64 = arith.constant 32 : i64
    %dim = tensor.dim %arg0, %c1 : tensor<1x?x4x16xf32>
    %0 = arith.index_cast %dim : index to i64
    %1 = arith.cmpi slt, %dim, %c0 : index
    %2 = arith.addi %dim, %c64 : index
    %3 = arith.select %1, %2, %dim : index
    %4 = arith.cmpi slt, %3, %c0 : index
    %5 = arith.select %4, %c-1, %3 : index
    %6 = arith.minsi %5, %c64 : index
    %7 = arith.maxsi %6, %c0 : index
    %extracted_slice = tensor.extract_slice %cst[0, 0] [%7, 8] [1, 1] : tensor<64x8xcomplex<f32>> to tensor<?x8xcomplex<f32>>
    %8 = arith.cmpi slt, %0, %c0_i64 : i64
    %9 = arith.select %8, %c1_i64, %0 : i64
    %12 = arith.muli %9, %c8_i64 : i64
    %14 = arith.muli %0, %c64_i64 : i64
    %15 = arith.divsi %14, %12 : i64
    %16 = arith.select %8, %15, %0 : i64
    %from_elements = tensor.from_elements %c1_i64, %16, %c4_i64, %15, %c2_i64 : tensor<5xi64>
    %reshape = tensor.reshape %arg0(%from_elements) : (tensor<1x?x4x16xf32>, tensor<5xi64>) -> tensor<1x?x4x8x2xf32>
    %17 = arith.index_cast %16 : i64 to index
    %18 = tensor.empty(%17) : tensor<1x?x4x8xcomplex<f32>>
    %19 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%18 : tensor<1x?x4x8xcomplex<f32>>) {
    ^bb0(%out: complex<f32>):
      %36 = linalg.index 1 : index
      %37 = linalg.index 2 : index
      %38 = linalg.index 3 : index
      %extracted = tensor.extract %reshape[%c0, %36, %37, %38, %c0] : tensor<1x?x4x8x2xf32>
      %extracted_4 = tensor.extract %reshape[%c0, %36, %37, %38, %c1] : tensor<1x?x4x8x2xf32>
      %39 = complex.create %extracted, %extracted_4 : complex<f32>
      linalg.yield %39 : complex<f32>
    } -> tensor<1x?x4x8xcomplex<f32>>
    %20 = arith.muli %9, %c4_i64 : i64
    %dim_0 = tensor.dim %arg1, %c1 : tensor<1x?x2x16xf32>
    %21 = arith.index_cast %dim_0 : index to i64
    %22 = arith.muli %21, %c32_i64 : i64
    %23 = arith.divsi %22, %20 : i64
    %24 = arith.select %8, %23, %0 : i64
    %from_elements_1 = tensor.from_elements %c1_i64, %24, %c2_i64, %23, %c2_i64 : tensor<5xi64>
    %reshape_2 = tensor.reshape %arg1(%from_elements_1) : (tensor<1x?x2x16xf32>, tensor<5xi64>) -> tensor<1x?x2x8x2xf32>
    %25 = arith.index_cast %24 : i64 to index
    %26 = tensor.empty(%25) : tensor<1x?x2x8xcomplex<f32>>
    %27 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%26 : tensor<1x?x2x8xcomplex<f32>>) {
    ^bb0(%out: complex<f32>):
      %36 = linalg.index 1 : index
      %37 = linalg.index 2 : index
      %38 = linalg.index 3 : index
      %extracted = tensor.extract %reshape_2[%c0, %36, %37, %38, %c0] : tensor<1x?x2x8x2xf32>
      %extracted_4 = tensor.extract %reshape_2[%c0, %36, %37, %38, %c1] : tensor<1x?x2x8x2xf32>
      %39 = complex.create %extracted, %extracted_4 : complex<f32>
      linalg.yield %39 : complex<f32>
    } -> tensor<1x?x2x8xcomplex<f32>>
    %expanded = tensor.expand_shape %extracted_slice [[0, 1], [2, 3]] output_shape [1, %7, 1, 8] : tensor<?x8xcomplex<f32>> into tensor<1x?x1x8xcomplex<f32>>
    %29 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %expanded : tensor<1x?x4x8xcomplex<f32>>, tensor<1x?x1x8xcomplex<f32>>) outs(%18 : tensor<1x?x4x8xcomplex<f32>>) {
    ^bb0(%in: complex<f32>, %in_4: complex<f32>, %out: complex<f32>):
      %36 = complex.mul %in, %in_4 : complex<f32>
      linalg.yield %36 : complex<f32>
    } -> tensor<1x?x4x8xcomplex<f32>>
    %30 = tensor.empty(%17) : tensor<1x?x4x8x2xf32>
    %31 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%29 : tensor<1x?x4x8xcomplex<f32>>) outs(%30 : tensor<1x?x4x8x2xf32>) {
    ^bb0(%in: complex<f32>, %out: f32):
      %36 = complex.re %in : complex<f32>
      %37 = complex.im %in : complex<f32>
      %38 = linalg.index 4 : index
      %39 = arith.cmpi eq, %38, %c0 : index
      %40 = arith.select %39, %36, %37 : f32
      linalg.yield %40 : f32
    } -> tensor<1x?x4x8x2xf32>
    %collapsed = tensor.collapse_shape %31 [[0], [1], [2], [3, 4]] : tensor<1x?x4x8x2xf32> into tensor<1x?x4x16xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %expanded : tensor<1x?x2x8xcomplex<f32>>, tensor<1x?x1x8xcomplex<f32>>) outs(%26 : tensor<1x?x2x8xcomplex<f32>>) {
    ^bb0(%in: complex<f32>, %in_4: complex<f32>, %out: complex<f32>):
      %36 = complex.mul %in, %in_4 : complex<f32>
      linalg.yield %36 : complex<f32>
    } -> tensor<1x?x2x8xcomplex<f32>>
    %34 = tensor.empty(%25) : tensor<1x?x2x8x2xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%33 : tensor<1x?x2x8xcomplex<f32>>) outs(%34 : tensor<1x?x2x8x2xf32>) {
    ^bb0(%in: complex<f32>, %out: f32):
      %36 = complex.re %in : complex<f32>
      %37 = complex.im %in : complex<f32>
      %38 = linalg.index 4 : index
      %39 = arith.cmpi eq, %38, %c0 : index
      %40 = arith.select %39, %36, %37 : f32
      linalg.yield %40 : f32
    } -> tensor<1x?x2x8x2xf32>
    %collapsed_3 = tensor.collapse_shape %35 [[0], [1], [2], [3, 4]] : tensor<1x?x2x8x2xf32> into tensor<1x?x2x16xf32>
    return %collapsed, %collapsed_3 : tensor<1x?x4x16xf32>, tensor<1x?x2x16xf32>
  }
}
