// RUN: rope-opt %s --rope-cpu-store-bf16-as-integers | FileCheck %s

// A store of a bf16 vector that is a bitcast of i16 bits stores the bits
// (LLVM's x86 backend without AVX512-BF16 scalarizes bf16 vector stores
// wider than 8 lanes). Near misses: a bf16 vector that is not such a
// bitcast, and a bitcast of f16 bits, stay.

// CHECK-LABEL: llvm.func @stores
//  CHECK-SAME:   (%[[BITS:.+]]: vector<16xi16>, %[[BF:.+]]: vector<16xbf16>, %[[H:.+]]: vector<16xf16>, %[[P:.+]]: !llvm.ptr)
//       CHECK:   llvm.store %[[BITS]], %[[P]] {alignment = 2 : i64} : vector<16xi16>, !llvm.ptr
//       CHECK:   llvm.store %[[BF]], %[[P]] {alignment = 2 : i64} : vector<16xbf16>, !llvm.ptr
//       CHECK:   %[[HB:.+]] = llvm.bitcast %[[H]] : vector<16xf16> to vector<16xbf16>
//       CHECK:   llvm.store %[[HB]], %[[P]]
llvm.func @stores(%bits: vector<16xi16>, %bf: vector<16xbf16>, %h: vector<16xf16>, %p: !llvm.ptr) {
  %0 = llvm.bitcast %bits : vector<16xi16> to vector<16xbf16>
  llvm.store %0, %p {alignment = 2 : i64} : vector<16xbf16>, !llvm.ptr
  llvm.store %bf, %p {alignment = 2 : i64} : vector<16xbf16>, !llvm.ptr
  %1 = llvm.bitcast %h : vector<16xf16> to vector<16xbf16>
  llvm.store %1, %p {alignment = 2 : i64} : vector<16xbf16>, !llvm.ptr
  llvm.return
}
