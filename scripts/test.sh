#!/usr/bin/env bash
# The whole test suite on a fresh machine: install (scripts/setup.sh), build,
# then run the lit suite (check-rope).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

bash "$root/scripts/setup.sh"
cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build"
cmake --build "$build" --target check-rope
