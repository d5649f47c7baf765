// RUN: rope-opt %s --split-input-file --rope-cpu-expand-bf16-truncations | FileCheck %s

// f32 -> bf16 truncations become integer rounding on the 32-bit lanes: the
// rounding increment (0x7fff + the kept half's lowest bit), the NaN select
// of the quiet NaN 0x7fc00000 (2143289344) on i32, and only then the shift
// and truncation to 16 bits (upstream's arith-expand selects on i16, which
// LLVM's x86 backend scalarizes). Executed bit for bit in
// test/Integration/CPU/bf16-rounding-bits.mlir.

// CHECK-LABEL: func.func @vector
//  CHECK-SAME:   (%[[X:.+]]: vector<8xf32>)
//   CHECK-DAG:   %[[QNAN:.+]] = arith.constant dense<2143289344> : vector<8xi32>
//   CHECK-DAG:   %[[BITS:.+]] = vector.bitcast %[[X]] : vector<8xf32> to vector<8xi32>
//       CHECK:   %[[HI:.+]] = arith.shrui %[[BITS]], %{{.+}} : vector<8xi32>
//       CHECK:   %[[ODD:.+]] = arith.andi %[[HI]], %{{.+}} : vector<8xi32>
//       CHECK:   %[[INC:.+]] = arith.addi %[[ODD]], %{{.+}} : vector<8xi32>
//       CHECK:   %[[ROUNDED:.+]] = arith.addi %[[BITS]], %[[INC]] : vector<8xi32>
//       CHECK:   %[[NAN:.+]] = arith.cmpf uno, %[[X]], %[[X]] : vector<8xf32>
//       CHECK:   %[[SEL:.+]] = arith.select %[[NAN]], %[[QNAN]], %[[ROUNDED]] : vector<8xi1>, vector<8xi32>
//       CHECK:   %[[SHIFTED:.+]] = arith.shrui %[[SEL]], %{{.+}} : vector<8xi32>
//       CHECK:   %[[I16:.+]] = arith.trunci %[[SHIFTED]] : vector<8xi32> to vector<8xi16>
//       CHECK:   %[[BF16:.+]] = vector.bitcast %[[I16]] : vector<8xi16> to vector<8xbf16>
//       CHECK:   return %[[BF16]]
func.func @vector(%x: vector<8xf32>) -> vector<8xbf16> {
  %y = arith.truncf %x : vector<8xf32> to vector<8xbf16>
  return %y : vector<8xbf16>
}

// -----

// Scalars the same way, with arith.bitcast.

// CHECK-LABEL: func.func @scalar
//   CHECK-NOT:   arith.truncf
//       CHECK:   arith.bitcast %{{.+}} : f32 to i32
//       CHECK:   arith.select %{{.+}} : i32
//       CHECK:   arith.trunci %{{.+}} : i32 to i16
//       CHECK:   arith.bitcast %{{.+}} : i16 to bf16
func.func @scalar(%x: f32) -> bf16 {
  %y = arith.truncf %x : f32 to bf16
  return %y : bf16
}

// -----

// Near misses, left alone: another rounding mode, f16, f64 sources, and
// tensors (rounded where the pipeline makes them linalg).

// CHECK-LABEL: func.func @left_alone
//       CHECK:   arith.truncf %{{.+}} downward : vector<8xf32> to vector<8xbf16>
//       CHECK:   arith.truncf %{{.+}} : vector<8xf32> to vector<8xf16>
//       CHECK:   arith.truncf %{{.+}} : f64 to bf16
//       CHECK:   arith.truncf %{{.+}} : tensor<8xf32> to tensor<8xbf16>
func.func @left_alone(%x: vector<8xf32>, %d: f64, %t: tensor<8xf32>)
    -> (vector<8xbf16>, vector<8xf16>, bf16, tensor<8xbf16>) {
  %a = arith.truncf %x downward : vector<8xf32> to vector<8xbf16>
  %b = arith.truncf %x : vector<8xf32> to vector<8xf16>
  %c = arith.truncf %d : f64 to bf16
  %e = arith.truncf %t : tensor<8xf32> to tensor<8xbf16>
  return %a, %b, %c, %e : vector<8xbf16>, vector<8xf16>, bf16, tensor<8xbf16>
}
