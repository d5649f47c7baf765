// Reference lowering of rope.broadcat: each axis' table is broadcast over the
// other axes (linalg.broadcast) and inserted at its column offset.
// RUN: rope-opt %s --split-input-file --convert-rope-to-linalg | FileCheck %s

// CogVideoX-like 3D table: widths 4 + 2 + 2 at column offsets 0, 4, 6.
// CHECK-LABEL: func.func @broadcat_3d
//  CHECK-SAME:   (%[[T:.+]]: tensor<2x4xf32>, %[[H:.+]]: tensor<3x2xf32>, %[[W:.+]]: tensor<5x2xf32>)
//   CHECK-NOT:   rope.broadcat
//       CHECK:   %[[OUT:.+]] = tensor.empty() : tensor<2x3x5x8xf32>
//       CHECK:   %[[BT:.+]] = linalg.broadcast ins(%[[T]] : tensor<2x4xf32>) outs(%{{.+}} : tensor<2x3x5x4xf32>) dimensions = [1, 2]
//       CHECK:   %[[R0:.+]] = tensor.insert_slice %[[BT]] into %[[OUT]][0, 0, 0, 0] [2, 3, 5, 4] [1, 1, 1, 1]
//       CHECK:   %[[BH:.+]] = linalg.broadcast ins(%[[H]] : tensor<3x2xf32>) outs(%{{.+}} : tensor<2x3x5x2xf32>) dimensions = [0, 2]
//       CHECK:   %[[R1:.+]] = tensor.insert_slice %[[BH]] into %[[R0]][0, 0, 0, 4] [2, 3, 5, 2] [1, 1, 1, 1]
//       CHECK:   %[[BW:.+]] = linalg.broadcast ins(%[[W]] : tensor<5x2xf32>) outs(%{{.+}} : tensor<2x3x5x2xf32>) dimensions = [0, 1]
//       CHECK:   %[[R2:.+]] = tensor.insert_slice %[[BW]] into %[[R1]][0, 0, 0, 6] [2, 3, 5, 2] [1, 1, 1, 1]
//       CHECK:   return %[[R2]] : tensor<2x3x5x8xf32>
func.func @broadcat_3d(%t: tensor<2x4xf32>, %h: tensor<3x2xf32>, %w: tensor<5x2xf32>) -> tensor<2x3x5x8xf32> {
  %r = rope.broadcat %t, %h, %w : tensor<2x4xf32>, tensor<3x2xf32>, tensor<5x2xf32>
  return %r : tensor<2x3x5x8xf32>
}

// -----

// Dynamic lengths and widths: sizes come from tensor.dim, the joined width is
// the sum, and the second block starts after the first one's width.
// CHECK-LABEL: func.func @broadcat_dynamic
//  CHECK-SAME:   (%[[A:.+]]: tensor<?x2xf32>, %[[B:.+]]: tensor<3x?xf32>)
//   CHECK-DAG:   %[[LA:.+]] = tensor.dim %[[A]], %{{.+}} : tensor<?x2xf32>
//   CHECK-DAG:   %[[KB:.+]] = tensor.dim %[[B]], %{{.+}} : tensor<3x?xf32>
//       CHECK:   %[[C2:.+]] = arith.constant 2 : index
//       CHECK:   %[[SUM:.+]] = arith.addi %[[C2]], %[[KB]] : index
//       CHECK:   %[[OUT:.+]] = tensor.empty(%[[LA]], %[[SUM]]) : tensor<?x3x?xf32>
//       CHECK:   %[[BA:.+]] = linalg.broadcast ins(%[[A]] : tensor<?x2xf32>) outs(%{{.+}} : tensor<?x3x2xf32>) dimensions = [1]
//       CHECK:   %[[R0:.+]] = tensor.insert_slice %[[BA]] into %[[OUT]][0, 0, 0] [%[[LA]], 3, 2] [1, 1, 1]
//       CHECK:   %[[BB:.+]] = linalg.broadcast ins(%[[B]] : tensor<3x?xf32>) outs(%{{.+}} : tensor<?x3x?xf32>) dimensions = [0]
//       CHECK:   %[[R1:.+]] = tensor.insert_slice %[[BB]] into %[[R0]][0, 0, 2] [%[[LA]], 3, %[[KB]]] [1, 1, 1]
//       CHECK:   return %[[R1]]
func.func @broadcat_dynamic(%a: tensor<?x2xf32>, %b: tensor<3x?xf32>) -> tensor<?x3x?xf32> {
  %t = rope.broadcat %a, %b : tensor<?x2xf32>, tensor<3x?xf32>
  return %t : tensor<?x3x?xf32>
}

// -----

// Tables cast from static ones: their sizes fold to constants, but the
// replacement must keep the op's dynamic result type.
// CHECK-LABEL: func.func @broadcat_cast_tables
//       CHECK:   %[[OUT:.+]] = tensor.empty(%{{.+}}, %{{.+}}, %{{.+}}) : tensor<?x?x?xf32>
//       CHECK:   tensor.insert_slice %{{.+}} into %[[OUT]][0, 0, 0] {{.+}} : tensor<?x?x?xf32> into tensor<?x?x?xf32>
//       CHECK:   %[[R:.+]] = tensor.insert_slice %{{.+}}[0, 0, 2] {{.+}} : tensor<?x?x?xf32> into tensor<?x?x?xf32>
//       CHECK:   return %[[R]] : tensor<?x?x?xf32>
func.func @broadcat_cast_tables(%a: tensor<2x2xf32>, %b: tensor<3x3xf32>) -> tensor<?x?x?xf32> {
  %ad = tensor.cast %a : tensor<2x2xf32> to tensor<?x?xf32>
  %bd = tensor.cast %b : tensor<3x3xf32> to tensor<?x?xf32>
  %t = rope.broadcat %ad, %bd : tensor<?x?xf32>, tensor<?x?xf32>
  return %t : tensor<?x?x?xf32>
}
