#!/usr/bin/env bash
# The main job, on a fresh machine:
#
#   bash scripts/demo.sh [--no-setup] [--quick]
#
# 0. install (scripts/setup.sh) and build (skipped with --no-setup, which
#    uses the build in $BUILD_DIR, default build/; outputs go to $DEMO_OUT,
#    default build/demo/);
# 1. model IR in: the shipped LLaMA attention block in linalg on tensors
#    (examples/llama_attention.mlir) through `rope-opt --rope-raise`; the
#    raised IR is saved under build/demo/, its rope ops and the raise's
#    remarks are printed;
# 2. the raised IR through --rope-cpu-pipeline, run by mlir-runner, the
#    printed results checked against a numpy f64 reference
#    (test/lib/ropecheck.py, tolerance in the example's REF lines);
# 3. transformers' LLaMA RoPE at LLaMA-7B size (32 heads, head_dim 128, seq
#    2048, f32), imported by torch-mlir, raised, compiled and checked
#    against numpy f64, then timed in one run against upstream MLIR's
#    lowering of the same unraised IR, a memcpy of the same bytes and
#    PyTorch eager (bench/cpu_bench.py --demo; --quick: a tiny shape).
#
# Exits non-zero when any step or check fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
llvm=${ROPE_LLVM_PREFIX:-/usr/lib/llvm-22}
python=${PYTHON:-$root/.venv/bin/python3}
setup=1
quick=()
for arg in "$@"; do
  case $arg in
    --no-setup) setup=0 ;;
    --quick) quick=(--quick) ;;
    *) echo "usage: $0 [--no-setup] [--quick]" >&2; exit 2 ;;
  esac
done
example=$root/examples/llama_attention.mlir
out=${DEMO_OUT:-$build/demo}
rope_opt=$build/bin/rope-opt

if [ "$setup" = 1 ]; then
  bash "$root/scripts/setup.sh"
  mkdir -p "$build"
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release > "$build/demo-cmake.log"
  cmake --build "$build"
fi
mkdir -p "$out"

echo "== 1. model IR in: $(realpath --relative-to="$root" "$example") (LLaMA attention block, linalg on tensors)"
raised=$out/llama_attention.raised.mlir
"$rope_opt" "$example" --rope-raise=report=true --mlir-print-op-on-diagnostic=false \
  -o "$raised" 2> "$out/llama_attention.remarks"
sites=$(grep -c " = rope\.rotate " "$raised" || true)
echo "rope-opt --rope-raise=report=true: $sites rope.rotate op(s); raised IR in $raised"
grep -E " = rope\.(freqs|broadcat|rotate) " "$raised" | sed 's/^ */  /'
sed -n 's/^.*remark: /  /p' "$out/llama_attention.remarks"
if [ "$sites" -lt 1 ]; then
  echo "demo: FAILED: --rope-raise found no RoPE in $example" >&2
  exit 1
fi
# The block's only sin/cos are its RoPE table: none may be left behind.
if grep -qE "math\.(sin|cos|sincos) " "$raised"; then
  echo "demo: FAILED: sin/cos left in the raised IR:" >&2
  grep -nE "math\.(sin|cos|sincos) " "$raised" >&2
  exit 1
fi

echo "== 2. raised IR -> --rope-cpu-pipeline -> mlir-runner (prints the rotated queries, then the block's output)"
"$rope_opt" "$raised" --rope-cpu-pipeline -o "$out/llama_attention.llvm.mlir"
"$llvm/bin/mlir-runner" "$out/llama_attention.llvm.mlir" -e main -entry-point-result=void \
  -shared-libs="$llvm/lib/libmlir_runner_utils.so,$llvm/lib/libmlir_c_runner_utils.so,$llvm/lib/libomp.so" \
  > "$out/llama_attention.out"
cat "$out/llama_attention.out"
echo "check against the numpy f64 reference (test/lib/ropecheck.py):"
"$python" "$root/test/lib/ropecheck.py" "$example" < "$out/llama_attention.out"

echo "== 3. transformers' LLaMA RoPE: torch-mlir import, raise, check, time (bench/cpu_bench.py --demo)"
"$python" "$root/bench/cpu_bench.py" --demo "${quick[@]}" --rope-opt "$rope_opt" \
  --work "$out/bench" --out "$out/timing.json"
echo "demo: OK"
