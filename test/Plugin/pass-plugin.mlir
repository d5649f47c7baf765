// Stock mlir-opt runs rope passes and pipelines from the plugin. Passes that
// come from a plugin are named in --pass-pipeline: mlir-opt builds its
// --<pass-name> flags before it loads plugins.
// RUN: mlir-opt %s --load-dialect-plugin=%rope_plugin \
// RUN:   --load-pass-plugin=%rope_plugin \
// RUN:   --pass-pipeline="builtin.module(convert-rope-to-linalg)" \
// RUN:   | FileCheck %s
// The whole CPU pipeline from the plugin gives a module mlir-runner runs,
// with the numbers of the numpy reference below.
// RUN: mlir-opt %s --load-dialect-plugin=%rope_plugin \
// RUN:   --load-pass-plugin=%rope_plugin \
// RUN:   --pass-pipeline="builtin.module(rope-cpu-pipeline)" \
// RUN:   | %run_cpu | %ropecheck %s
// Loaded only as a dialect plugin, the passes are unknown: the two plugin
// kinds are separate, as in upstream mlir-opt.
// RUN: not mlir-opt %s --load-dialect-plugin=%rope_plugin \
// RUN:   --pass-pipeline="builtin.module(convert-rope-to-linalg)" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOPASS
// REQUIRES: numpy

// q [B=1, H=2, S=4, D=6] and k [1, 1, 4, 6] share one [S, 2] table built from
// positions 0..3; interleaved pairs, partial rotary (channels 4 and 5 pass
// through).

// REF: t = ref.freqs(np.arange(4), 4)
// REF: outputs = [ref.rotate(const("q"), 4, "interleaved", angles=t, table_map=[2]),
// REF:            ref.rotate(const("k"), 4, "interleaved", angles=t, table_map=[2])]
// REF: tol = 2e-5

// CHECK-LABEL: func.func @main
// CHECK-NOT:     rope.
// CHECK:         linalg.generic
// CHECK-NOT:     rope.
// CHECK:         return
// NOPASS:        'convert-rope-to-linalg' does not refer to a registered pass or pass pipeline

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %q = arith.constant dense<[[[[-0.8287, -0.5264, 0.6025, 0.1643, -0.8117, -0.1337], [-0.0419, -0.6805, 0.4692, -0.7727, -0.2175, 0.0335], [-0.1387, 0.1736, 0.4757, 0.9125, -0.4316, 0.2971], [0.3924, -0.4146, -0.997, 0.9469, -0.4032, -0.372]], [[0.7834, 0.1703, -0.0574, 0.5466, -0.9393, 0.4139], [-0.2515, -0.8183, 0.321, 0.8629, -0.5856, 0.2602], [-0.4037, 0.4835, 0.4443, -0.5626, 0.6598, 0.3153], [0.3656, 0.6402, -0.1429, 0.5174, 0.757, -0.7954]]]]> : tensor<1x2x4x6xf32>
  %k = arith.constant dense<[[[[0.8861, 0.0227, 0.9525, -0.8383, 0.2147, -0.247], [0.6038, -0.6509, 0.7433, 0.0879, 0.8044, -0.0457], [-0.139, 0.5779, 0.9683, -0.2605, 0.9379, 0.8581], [-0.6446, 0.2177, 0.4097, 0.8856, 0.3313, -0.7332]]]]> : tensor<1x1x4x6xf32>
  %t = rope.freqs length 4 {dim = 4 : i64}
  %q2, %k2 = rope.rotate interleaved %q, %k : tensor<1x2x4x6xf32>, tensor<1x1x4x6xf32>
      angles(%t : tensor<4x2xf32>)
      {rotary_dim = 4 : i64,
       table_maps = [affine_map<(d0, d1, d2) -> (d2)>,
                     affine_map<(d0, d1, d2) -> (d2)>]}
  %qb = bufferization.to_buffer %q2 : tensor<1x2x4x6xf32> to memref<1x2x4x6xf32>
  %qu = memref.cast %qb : memref<1x2x4x6xf32> to memref<*xf32>
  call @printMemrefF32(%qu) : (memref<*xf32>) -> ()
  %kb = bufferization.to_buffer %k2 : tensor<1x1x4x6xf32> to memref<1x1x4x6xf32>
  %ku = memref.cast %kb : memref<1x1x4x6xf32> to memref<*xf32>
  call @printMemrefF32(%ku) : (memref<*xf32>) -> ()
  return
}
