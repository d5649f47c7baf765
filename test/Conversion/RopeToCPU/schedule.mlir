// RUN: rope-opt %s --split-input-file --convert-rope-to-cpu="vector-bits=128" | FileCheck %s
// RUN: rope-opt %s --split-input-file --convert-rope-to-cpu="vector-bits=128 tile-bytes=0 min-parallel-bytes=0" | FileCheck %s --check-prefix=UNTILED
// RUN: not rope-opt %s --split-input-file --convert-rope-to-cpu="vector-bits=16" 2>&1 | FileCheck %s --check-prefix=BAD

// A decode-sized problem (2 KiB moved, under min-parallel-bytes): the same
// iterations in a sequential scf.for nest carrying the output, no
// scf.forall (threads would cost more than the work). 128-bit vectors: 6
// pairs make a chunk of 4 lanes and a tail chunk of 2. With tile-bytes=0
// and min-parallel-bytes=0 it is an scf.forall over single tokens with no
// scratch.

// CHECK-LABEL: func.func @decode
//   CHECK-NOT:   scf.forall
//       CHECK:   %[[R:.+]] = scf.for %{{.+}} = %{{.+}} to %{{.+}} step %{{.+}} iter_args(%[[ACC:.+]] = %{{.+}})
//       CHECK:     math.fma {{.*}} : vector<4xf32>
//       CHECK:     math.fma {{.*}} : vector<2xf32>
//       CHECK:     vector.transfer_read {{.*}} : tensor<3x?x12xf32>, vector<4xf32>
//       CHECK:     vector.transfer_read {{.*}} : tensor<3x?x12xf32>, vector<2xf32>
//       CHECK:     %[[INS:.+]] = tensor.insert_slice %{{.+}} into %[[ACC]]
//       CHECK:     scf.yield %[[INS]]
//       CHECK:   return %[[R]]

// UNTILED-LABEL: func.func @decode
//   UNTILED-NOT:   tensor.empty() : tensor<{{.+}}x{{.+}}x4xf32>
//       UNTILED:   scf.forall (%{{.+}}) in (2)
//       UNTILED:     vector.transfer_read {{.*}} : tensor<3x12xf32>, vector<4xf32>
//       UNTILED:     scf.forall.in_parallel

// BAD: error: convert-rope-to-cpu: vector-bits must be at least 32, got 16
func.func @decode(%x: tensor<3x2x12xf32>, %pos: tensor<2xi64>) -> tensor<3x2x12xf32> {
  %t = rope.freqs %pos {dim = 12 : i64} : tensor<2xi64>
  %y = rope.rotate half %x : tensor<3x2x12xf32> angles(%t : tensor<2x6xf32>)
      {rotary_dim = 12 : i64, table_maps = [affine_map<(d0, d1) -> (d1)>]}
  return %y : tensor<3x2x12xf32>
}
