#!/usr/bin/env bash
# The CPU RoPE benchmark (see bench/README.md):
#
#   bash bench/run_cpu.sh            # all cases, ~5 minutes; writes
#                                    # bench/results/cpu.{json,md,png}
#   bash bench/run_cpu.sh --quick    # tiny shapes, a smoke run
#
# Extra arguments go to bench/cpu_bench.py (--threads, --cases, --dtypes,
# --min-time, --rounds, --out). Needs a build (build/bin/rope-opt), clang-22,
# libomp-22 and the project venv (scripts/setup.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python3}
build=${BUILD:-$root/build}
if [ ! -x "$build/bin/rope-opt" ]; then
  echo "run_cpu.sh: no $build/bin/rope-opt; build the project first" >&2
  exit 1
fi
exec "$python" "$root/bench/cpu_bench.py" --rope-opt "$build/bin/rope-opt" "$@"
