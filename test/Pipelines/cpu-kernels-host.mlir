// --rope-cpu-kernels is the piece a host compiler splices into its own
// pipeline: it lowers the rope ops and nothing else, and leaves tensors for
// the host's bufferization.
// RUN: rope-opt %s --rope-cpu-kernels | FileCheck %s
//
// The host flow end to end: rope-cpu-kernels, then a host pipeline made only
// of upstream passes (the one README's "Using rope-mlir from your compiler"
// shows) bufferizes and lowers both the rope kernels and the host's own ops.
// RUN: rope-opt %s --pass-pipeline="builtin.module(rope-cpu-kernels, \
// RUN:   one-shot-bufferize{bufferize-function-boundaries \
// RUN:     function-boundary-type-conversion=identity-layout-map}, \
// RUN:   buffer-deallocation-pipeline, \
// RUN:   func.func(convert-linalg-to-loops), convert-vector-to-scf, \
// RUN:   expand-strided-metadata, lower-affine, convert-scf-to-cf, \
// RUN:   convert-math-to-llvm, convert-math-to-libm, convert-vector-to-llvm, \
// RUN:   finalize-memref-to-llvm, convert-to-llvm, reconcile-unrealized-casts)" \
// RUN:   | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// REF: t = ref.freqs(const("pos"), 8)
// REF: outputs = [const("a") @ const("b"),
// REF:            ref.rotate(const("x"), 8, "half", angles=t, table_map=[0])]
// REF: tol = 2e-5

// The host's function comes out exactly as it went in: even the dead
// tensor.empty a module-wide cleanup would erase is still there.
// CHECK-LABEL: func.func @host_matmul
// CHECK-NEXT:    %{{.+}} = tensor.empty() : tensor<7xf32>
// CHECK-NEXT:    %[[CST:.+]] = arith.constant 0.0
// CHECK-NEXT:    %[[E:.+]] = tensor.empty() : tensor<2x2xf32>
// CHECK-NEXT:    %[[F:.+]] = linalg.fill ins(%[[CST]] : f32) outs(%[[E]] : tensor<2x2xf32>)
// CHECK-NEXT:    %[[M:.+]] = linalg.matmul ins(%{{.+}}, %{{.+}} : tensor<2x3xf32>, tensor<3x2xf32>) outs(%[[F]] : tensor<2x2xf32>)
// CHECK-NEXT:    return %[[M]]
func.func @host_matmul(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<2x2xf32> {
  %dead = tensor.empty() : tensor<7xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x2xf32>) -> tensor<2x2xf32>
  %m = linalg.matmul ins(%a, %b : tensor<2x3xf32>, tensor<3x2xf32>)
                     outs(%f : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %m : tensor<2x2xf32>
}

// The rope ops are gone and the result is still on tensors: bufferization is
// the host's job.
// CHECK-LABEL: func.func @apply_rope
// CHECK-SAME:    (%{{.+}}: tensor<4x2x8xf32>, %{{.+}}: tensor<4xi32>) -> tensor<4x2x8xf32>
// CHECK-NOT:     rope.
// CHECK-NOT:     memref
// CHECK-NOT:     bufferization
// CHECK:         return %{{.+}} : tensor<4x2x8xf32>
func.func @apply_rope(%x: tensor<4x2x8xf32>, %pos: tensor<4xi32>) -> tensor<4x2x8xf32> {
  %t = rope.freqs %pos {dim = 8 : i64} : tensor<4xi32>
  %y = rope.rotate half %x : tensor<4x2x8xf32> angles(%t : tensor<4x4xf32>)
       {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0)>]}
  return %y : tensor<4x2x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)

// CHECK-LABEL: func.func @main
func.func @main() {
  %a = arith.constant dense<[[0.61, 0.6159, 0.0307], [-0.4284, -0.8921, -0.2333]]> : tensor<2x3xf32>
  %b = arith.constant dense<[[0.0763, -0.3135], [-0.2619, -0.251], [0.9749, 0.2655]]> : tensor<3x2xf32>
  %x = arith.constant dense<[[[0.2502, 0.7944, 0.5514, -0.5496, -0.3997, 0.7471, -0.9895, 0.6425], [0.5941, -0.0641, -0.3939, -0.4431, -0.4903, -0.1098, 0.0091, 0.107]], [[0.991, 0.5853, 0.2444, 0.9779, -0.5694, -0.6796, 0.2251, -0.9121], [-0.9286, 0.0298, -0.0676, 0.8343, 0.2585, 0.0282, -0.0063, -0.505]], [[-0.9764, -0.6152, 0.3841, -0.5988, -0.2609, -0.9925, 0.6601, -0.6911], [-0.4648, 0.7607, 0.0196, 0.6943, 0.2794, 0.4835, -0.817, 0.0823]], [[0.0155, 0.7427, -0.2775, 0.1964, -0.8815, -0.2247, -0.3539, -0.6996], [0.6327, -0.2411, 0.9575, 0.18, 0.2101, 0.276, 0.3529, -0.6984]]]> : tensor<4x2x8xf32>
  %pos = arith.constant dense<[46, 20, 15, 63]> : tensor<4xi32>
  %m = call @host_matmul(%a, %b) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %y = call @apply_rope(%x, %pos) : (tensor<4x2x8xf32>, tensor<4xi32>) -> tensor<4x2x8xf32>
  %mb = bufferization.to_buffer %m : tensor<2x2xf32> to memref<2x2xf32>
  %mu = memref.cast %mb : memref<2x2xf32> to memref<*xf32>
  call @printMemrefF32(%mu) : (memref<*xf32>) -> ()
  %yb = bufferization.to_buffer %y : tensor<4x2x8xf32> to memref<4x2x8xf32>
  %yu = memref.cast %yb : memref<4x2x8xf32> to memref<*xf32>
  call @printMemrefF32(%yu) : (memref<*xf32>) -> ()
  return
}
