// --rope-raise from the plugin in stock mlir-opt: Hugging Face's
// q * cos + rotate_half(q) * sin as torch-mlir emits it becomes one
// rope.rotate, and raise + rope-cpu-pipeline gives the numbers of the
// numpy reference, as the unraised module lowered by the same pipeline does.
// RUN: mlir-opt %s --load-dialect-plugin=%rope_plugin \
// RUN:   --load-pass-plugin=%rope_plugin \
// RUN:   --pass-pipeline="builtin.module(rope-raise)" | FileCheck %s
// RUN: mlir-opt %s --load-dialect-plugin=%rope_plugin \
// RUN:   --load-pass-plugin=%rope_plugin \
// RUN:   --pass-pipeline="builtin.module(rope-raise, rope-cpu-pipeline)" \
// RUN:   | %run_cpu | %ropecheck %s
// RUN: mlir-opt %s --load-dialect-plugin=%rope_plugin \
// RUN:   --load-pass-plugin=%rope_plugin \
// RUN:   --pass-pipeline="builtin.module(rope-cpu-pipeline)" \
// RUN:   | %run_cpu | %ropecheck %s
// REQUIRES: numpy

// REF: outputs = [ref.rotate(const("q"), 8, "half", cos=const("cos"),
// REF:                       sin=const("sin"), table_map=[0, 2])]
// REF: tol = 2e-5

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bc = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
// CHECK-LABEL: func.func @hf_rotate_half
// CHECK-SAME:    (%[[Q:.+]]: tensor<1x2x4x8xf32>, %[[COS:.+]]: tensor<1x4x8xf32>, %[[SIN:.+]]: tensor<1x4x8xf32>)
// CHECK:         %[[R:.+]] = rope.rotate half %[[Q]] : tensor<1x2x4x8xf32> cos_sin(%[[COS]], %[[SIN]] : tensor<1x4x8xf32>, tensor<1x4x8xf32>)
// CHECK-NOT:     tensor.concat
// CHECK:         return %[[R]]
func.func @hf_rotate_half(%q: tensor<1x2x4x8xf32>, %cos: tensor<1x4x8xf32>, %sin: tensor<1x4x8xf32>) -> tensor<1x2x4x8xf32> {
  %c = tensor.expand_shape %cos [[0, 1], [2], [3]] output_shape [1, 1, 4, 8] : tensor<1x4x8xf32> into tensor<1x1x4x8xf32>
  %s = tensor.expand_shape %sin [[0, 1], [2], [3]] output_shape [1, 1, 4, 8] : tensor<1x4x8xf32> into tensor<1x1x4x8xf32>
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  %qc = linalg.generic {indexing_maps = [#id, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q, %c : tensor<1x2x4x8xf32>, tensor<1x1x4x8xf32>) outs(%e : tensor<1x2x4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x2x4x8xf32>
  %x1 = tensor.extract_slice %q[0, 0, 0, 0] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x8xf32> to tensor<1x2x4x4xf32>
  %x2 = tensor.extract_slice %q[0, 0, 0, 4] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x8xf32> to tensor<1x2x4x4xf32>
  %e2 = tensor.empty() : tensor<1x2x4x4xf32>
  %n = linalg.negf ins(%x2 : tensor<1x2x4x4xf32>) outs(%e2 : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %rot = tensor.concat dim(3) %n, %x1 : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x8xf32>
  %rs = linalg.generic {indexing_maps = [#id, #bc, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rot, %s : tensor<1x2x4x8xf32>, tensor<1x1x4x8xf32>) outs(%e : tensor<1x2x4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<1x2x4x8xf32>
  %r = linalg.add ins(%qc, %rs : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) outs(%e : tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32>
  return %r : tensor<1x2x4x8xf32>
}

func.func private @printMemrefF32(memref<*xf32>)

// CHECK-LABEL: func.func @main
func.func @main() {
  %q = arith.constant dense<[[[[-0.8025, -0.6843, -0.6393, 0.0231, 0.87, 0.3532, -0.5864, -0.1493], [-0.7011, 0.202, -0.1151, 0.145, -0.4855, 0.0689, 0.9452, 0.1788], [0.7089, 0.5585, 0.7165, 0.3132, -0.3928, -0.8948, 0.2471, 0.9678], [-0.6474, -0.6851, -0.451, 0.8091, -0.648, -0.9196, 0.7468, 0.1334]], [[0.554, -0.2534, -0.3798, -0.0529, -0.3589, 0.0697, -0.1392, -0.8888], [0.6883, 0.4306, -0.9243, 0.3486, 0.1891, 0.3539, -0.8554, -0.0126], [0.988, 0.6042, -0.2616, -0.6, -0.9309, -0.5655, 0.6852, 0.9005], [-0.5048, -0.3905, -0.5042, 0.8435, -0.8485, 0.2736, 0.8994, -0.582]]]]> : tensor<1x2x4x8xf32>
  %cos = arith.constant dense<[[[0.9566, 0.7011, -0.3866, 0.5328, -0.3127, -0.4283, -0.2804, -0.9806], [0.5612, 0.3913, -0.6305, -0.6417, -0.7684, 0.4929, 0.0914, 0.0195], [-0.8641, -0.3552, -0.7942, 0.2999, 0.6741, 0.1263, -0.0176, -0.6133], [0.1562, -0.9168, 0.5844, 0.1132, -0.7301, 0.6835, -0.8081, 0.6058]]]> : tensor<1x4x8xf32>
  %sin = arith.constant dense<[[[-0.6736, 0.2199, 0.6261, -0.8993, -0.0271, 0.0513, 0.7134, -0.6345], [-0.0976, 0.8675, -0.4722, 0.4776, 0.585, 0.5679, -0.2524, -0.2634], [0.2518, 0.5099, 0.6036, 0.4664, -0.6703, -0.5292, 0.7581, 0.8155], [0.5239, -0.6297, 0.595, -0.9806, 0.5508, 0.4781, -0.5943, 0.3561]]]> : tensor<1x4x8xf32>
  %r = call @hf_rotate_half(%q, %cos, %sin) : (tensor<1x2x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x2x4x8xf32>
  %b = bufferization.to_buffer %r : tensor<1x2x4x8xf32> to memref<1x2x4x8xf32>
  %u = memref.cast %b : memref<1x2x4x8xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}
