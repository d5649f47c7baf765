#!/usr/bin/env bash
# The whole test suite on a fresh machine: install (scripts/setup.sh), build,
# then run the lit suite (check-rope) and the Python package's pytest suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

bash "$root/scripts/setup.sh"
cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build"
cmake --build "$build" --target check-rope
# The Python package (python/README.md): torch-mlir imports of the reference
# models, compiled and run in-process through build/lib/libRopeMLIRCAPI.so.
BUILD_DIR="$build" "$root/.venv/bin/python" -m pytest -q -p no:cacheprovider "$root/python/tests"
