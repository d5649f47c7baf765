// RUN: rope-opt %s --split-input-file --verify-diagnostics --rope-cpu-check-lowered | FileCheck %s

// A fully lowered module, with the OpenMP ops the SCF-to-OpenMP path leaves
// for mlir-translate, passes unchanged.
// CHECK-LABEL: llvm.func @lowered
// CHECK:         omp.parallel
module {
  llvm.func @lowered() {
    omp.parallel {
      omp.terminator
    }
    llvm.return
  }
}

// -----

// A conversion leftover inside an llvm.func is reported at its location.
module {
  llvm.func @leftover_cast(%arg0: i64) -> i64 {
    // expected-error @+1 {{rope-cpu-pipeline: 'builtin.unrealized_conversion_cast' was not lowered to the LLVM dialect}}
    %0 = builtin.unrealized_conversion_cast %arg0 : i64 to index
    %1 = builtin.unrealized_conversion_cast %0 : index to i64
    llvm.return %1 : i64
  }
}

// -----

// An op the pipeline does not lower is reported, outermost first: the
// function, not the ops inside it.
module {
  // expected-error @+1 {{rope-cpu-pipeline: 'func.func' was not lowered to the LLVM dialect}}
  func.func @not_lowered(%m: memref<4xf32>) -> vector<4xf32> {
    %c0 = arith.constant 0 : index
    %v = vector.load %m[%c0] : memref<4xf32>, vector<4xf32>
    return %v : vector<4xf32>
  }
}
