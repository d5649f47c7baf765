#!/usr/bin/env bash
# Verifier coverage of test/Dialect/Rope/invalid.mlir (README: "Hardening").
#
#   utils/coverage/verifier-coverage.sh
#
# Builds rope-opt with clang source-based coverage (BUILD_DIR, default
# build-cov: clang-22, -DROPE_COVERAGE=ON) when needed, runs the invalid-IR
# test through it, and checks with verifier_coverage.py that every error exit
# of the rope op and attribute verifiers (and every condition that leads to
# one) is reached, or is listed there as unreachable from text with the
# reason. Exit status 1 names what is missed. Also prints llvm-cov's summary
# of the two verifier files.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-cov}
llvm=${ROPE_LLVM_PREFIX:-/usr/lib/llvm-22}

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DROPE_COVERAGE=ON
fi
cmake --build "$build" --target rope-opt

out=$build/verifier-coverage
rm -rf "$out" && mkdir -p "$out"
LLVM_PROFILE_FILE="$out/invalid.profraw" "$build/bin/rope-opt" \
  "$root/test/Dialect/Rope/invalid.mlir" --split-input-file \
  --verify-diagnostics > /dev/null
"$llvm/bin/llvm-profdata" merge -o "$out/invalid.profdata" "$out/invalid.profraw"
"$llvm/bin/llvm-cov" report "$build/bin/rope-opt" \
  -instr-profile="$out/invalid.profdata" --show-branch-summary \
  "$root/lib/Dialect/Rope/IR/RopeOps.cpp" "$root/lib/Dialect/Rope/IR/RopeAttrs.cpp" \
  2> /dev/null
"$llvm/bin/llvm-cov" export -format=text "$build/bin/rope-opt" \
  -instr-profile="$out/invalid.profdata" > "$out/export.json" 2> /dev/null
python3 "$root/utils/coverage/verifier_coverage.py" "$out/export.json" "$root"
