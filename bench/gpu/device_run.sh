#!/usr/bin/env bash
# One run on a lent GPU machine (PyTorch and the CUDA driver there, no
# LLVM/MLIR), over the bundle bench/gpu/build.sh made here:
#
#   bash bench/gpu/device_run.sh BUNDLE_DIR OUT_DIR [--no-profile]
#
# Each step has its own time limit, so one hung step cannot eat the lease:
# the device (nvidia-smi), the executed GPU tests (tests/run_tests.py), the
# benchmark (bench.py, JSON and log), and an Nsight Compute profile of the
# LLaMA-7B prefill bf16 kernel (achieved DRAM throughput, occupancy,
# registers). Everything lands in OUT_DIR; the exit code is that of the
# tests and the benchmark.
set -uo pipefail
bundle=$1
out=$2
profile=1
[[ "${3:-}" == --no-profile ]] && profile=0
mkdir -p "$out"
export PYTHONUNBUFFERED=1
status=0

step() {  # step NAME SECONDS LOG COMMAND...
  local name=$1 limit=$2 log=$3
  shift 3
  local t0=$SECONDS
  timeout "$limit" "$@" >"$log" 2>&1
  local rc=$?
  echo "== $name: rc=$rc in $((SECONDS - t0)) s (limit $limit s)"
  tail -n 40 "$log"
  return $rc
}

{ nvidia-smi; nvidia-smi -q -d CLOCK | head -40; uname -r; python3 -c \
  'import torch, triton; print("torch", torch.__version__, "triton", triton.__version__)'; } \
  >"$out/device.txt" 2>&1
head -20 "$out/device.txt"

if compgen -G "$bundle/wheels/*.whl" >/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site \
    "$bundle"/wheels/*.whl >/dev/null 2>&1 && export PYTHONPATH=/tmp/site
fi

step tests 150 "$out/tests.log" python3 "$bundle/tests/run_tests.py" || status=1
step bench 330 "$out/bench.log" python3 "$bundle/bench.py" --rounds 5 --min-ms 120 \
  --json "$out/results.json" || status=1
if ((profile)) && command -v ncu >/dev/null; then
  step ncu 120 "$out/ncu.txt" ncu --clock-control none -k regex:rope \
    --launch-skip 2 --launch-count 1 \
    --section SpeedOfLight --section MemoryWorkloadAnalysis \
    --section Occupancy --section LaunchStats \
    python3 "$bundle/profile_site.py" llama_bf16 4096 || true
fi
exit $status
