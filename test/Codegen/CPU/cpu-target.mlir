// RUN: rope-opt %s --rope-set-cpu-target="cpu=x86-64-v3" | FileCheck %s
// RUN: rope-opt %s --rope-set-cpu-target="cpu=x86-64-v3 features=+avx512f" | FileCheck %s --check-prefix=EXTRA
// RUN: rope-opt %s --rope-set-cpu-target | FileCheck %s --check-prefix=HOST
// RUN: not rope-opt %s --rope-set-cpu-target="cpu=no-such-cpu" 2>&1 | FileCheck %s --check-prefix=BAD

// Every llvm.func gets the CPU (which is what makes LLVM use its vector
// units and FMA) and the extra features; the module gets a target triple.
// `host` names the compiling machine's CPU and lists its features.

// CHECK: module attributes {llvm.target_triple = "{{.+}}"}
// CHECK: llvm.func @f() attributes {target_cpu = "x86-64-v3"}
// CHECK: llvm.func @g(i64) attributes {target_cpu = "x86-64-v3"}

// EXTRA: llvm.func @f() attributes {target_cpu = "x86-64-v3", target_features = #llvm.target_features<["+avx512f"]>}

// HOST: llvm.func @f() attributes {target_cpu = "{{.+}}", target_features = #llvm.target_features<["+{{.+}}"

// BAD: error: rope-set-cpu-target: unknown CPU 'no-such-cpu'
module {
  llvm.func @f() {
    llvm.return
  }
  llvm.func @g(i64)
}
