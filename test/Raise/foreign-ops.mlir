// RUN: rope-opt %s --allow-unregistered-dialect --split-input-file --rope-raise | FileCheck %s

// Ops of dialects rope-opt does not know (torch-mlir's tm_tensor printed in
// generic form, IREE's flow, ...) are opaque to the raise: left untouched with
// everything that depends on them, never a crash (an unregistered op has no
// dialect object; the raise used to dereference it).

// An unregistered op feeding sin: nothing to raise, nothing changed.
// CHECK-LABEL: func.func @unregistered_producer
// CHECK: %[[F:.+]] = "foo.bar"(%{{.+}}) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: %[[S:.+]] = math.sin %[[F]] : tensor<4xf32>
// CHECK: return %[[S]]
func.func @unregistered_producer(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "foo.bar"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = math.sin %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// HF rotate_half with given cos/sin whose result feeds a foreign op with a
// region and two results: the rotation is raised next to it, and the foreign
// op reads the rope.rotate.
// CHECK-LABEL: func.func @rope_then_foreign
// CHECK: %[[R:.+]] = rope.rotate half
// CHECK: %[[U:.+]]:2 = "foo.consume"(%[[R]]) ({
// CHECK: "foo.yield"
// CHECK: return %[[U]]#0
func.func @rope_then_foreign(%x: tensor<4x8xf32>, %c: tensor<4x8xf32>, %s: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %x1 = tensor.extract_slice %x[0, 0] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %e = tensor.empty() : tensor<4x4xf32>
  %n = linalg.negf ins(%x2 : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %r = tensor.concat dim(1) %n, %x1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  %e2 = tensor.empty() : tensor<4x8xf32>
  %a = linalg.mul ins(%x, %c : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %b = linalg.mul ins(%r, %s : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %o = linalg.add ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %u:2 = "foo.consume"(%o) ({
  ^bb0(%arg: f32):
    "foo.yield"(%arg) : (f32) -> ()
  }) : (tensor<4x8xf32>) -> (tensor<4x8xf32>, i32)
  return %u#0 : tensor<4x8xf32>
}

// -----

// Near miss: the negation of rotate_half is a foreign op, whose meaning the
// raise cannot know, so nothing is raised and every op stays.
// CHECK-LABEL: func.func @foreign_in_chain
// CHECK-NOT: rope.rotate
// CHECK: "foo.neg"
// CHECK: tensor.concat
// CHECK: linalg.add
func.func @foreign_in_chain(%x: tensor<4x8xf32>, %c: tensor<4x8xf32>, %s: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %x1 = tensor.extract_slice %x[0, 0] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %x2 = tensor.extract_slice %x[0, 4] [4, 4] [1, 1] : tensor<4x8xf32> to tensor<4x4xf32>
  %n = "foo.neg"(%x2) : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %r = tensor.concat dim(1) %n, %x1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  %e2 = tensor.empty() : tensor<4x8xf32>
  %a = linalg.mul ins(%x, %c : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %b = linalg.mul ins(%r, %s : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %o = linalg.add ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %o : tensor<4x8xf32>
}
