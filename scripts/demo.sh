#!/usr/bin/env bash
# The main job, on a fresh machine: install (scripts/setup.sh), build, then
# compile the shipped LLaMA-style attention block (examples/llama_attention.mlir,
# linalg on tensors as a front end emits it) to LLVM, run it with mlir-runner,
# and check the printed results against an independent numpy reference.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
llvm=${ROPE_LLVM_PREFIX:-/usr/lib/llvm-22}
example=$root/examples/llama_attention.mlir
out=$build/demo
mkdir -p "$out"

bash "$root/scripts/setup.sh"
cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release > "$out/cmake.log"
cmake --build "$build"

# The compilation pipeline: the one place later stages plug in (e.g.
# --rope-raise before the CPU pipeline).
pipeline=(--rope-cpu-pipeline)

echo "== rope-opt ${pipeline[*]} $(basename "$example")"
"$build/bin/rope-opt" "$example" "${pipeline[@]}" -o "$out/llama_attention.llvm.mlir"

echo "== mlir-runner (prints the rotated queries, then the block's output)"
"$llvm/bin/mlir-runner" "$out/llama_attention.llvm.mlir" -e main -entry-point-result=void \
  -shared-libs="$llvm/lib/libmlir_runner_utils.so,$llvm/lib/libmlir_c_runner_utils.so" \
  > "$out/llama_attention.out"
cat "$out/llama_attention.out"

echo "== check against the numpy reference"
"$root/.venv/bin/python3" "$root/test/lib/ropecheck.py" "$example" < "$out/llama_attention.out"
echo "demo: OK"
