#!/usr/bin/env bash
# Installs what rope-mlir needs on a fresh Debian 12 machine: LLVM/MLIR 22 and
# build tools from Debian's packages, and the pinned Python packages into a
# project virtualenv (.venv). Safe to run again: it only adds what is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

packages=(libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools lld-22
          clang-22 libomp-22-dev ccache ninja-build cmake python3-venv)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python=${PYTHON:-python3}
if [ ! -x "$root/.venv/bin/python3" ]; then
  "$python" -m venv "$root/.venv"
fi
stamp="$root/.venv/.requirements.sha"
want=$(sha256sum "$root/requirements.txt" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  "$root/.venv/bin/pip" install -q --upgrade pip
  "$root/.venv/bin/pip" install -q -r "$root/requirements.txt"
  echo "$want" > "$stamp"
fi
