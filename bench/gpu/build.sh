#!/usr/bin/env bash
# Builds what the GPU machine needs (it has PyTorch and the CUDA driver, no
# LLVM/MLIR): run here, after building rope-mlir.
#
#   bash bench/gpu/build.sh [OUT_DIR]          (default: bench/out/gpu)
#
# OUT_DIR then holds
#   rope_bench_sm90.so, rope_bench_sm80.so   bench/gpu/rope_bench.mlir, ahead
#                                            of time (cubin + runtime inside)
#   bench.py, rope_gpu.py                    the benchmark and its loader
#   tests/                                   the executed GPU tests
#                                            (test/Integration/GPU/lib/bundle.py)
#   wheels/                                  the *.whl of $WHEELS_DIR, if set
#                                            (liger-kernel, flashinfer-python)
# and stays far below the 64 MiB that may travel. On the GPU machine:
#   pip install --no-deps wheels/*.whl        (optional; rows skip otherwise)
#   python3 tests/run_tests.py && python3 bench.py --json results.json
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/bench/out/gpu}
aot=${ROPE_GPU_AOT:-$root/build/bin/rope-gpu-aot}
python=${PYTHON:-$root/.venv/bin/python3}

mkdir -p "$out"
for chip in sm_90 sm_80; do
  "$aot" "$root/bench/gpu/rope_bench.mlir" --chip "$chip" \
    -o "$out/rope_bench_${chip/_/}.so"
done
cp "$root/bench/gpu/bench.py" "$root/bench/gpu/profile_site.py" \
   "$root/tools/rope-gpu-aot/rope_gpu.py" "$out/"
"$python" "$root/test/Integration/GPU/lib/bundle.py" "$out/tests"
if [[ -n "${WHEELS_DIR:-}" ]]; then
  mkdir -p "$out/wheels"
  cp "$WHEELS_DIR"/*.whl "$out/wheels/"
fi
du -sh "$out"
