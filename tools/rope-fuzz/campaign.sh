#!/usr/bin/env bash
# A long fuzzing campaign (README: "Hardening").
#
#   tools/rope-fuzz/campaign.sh [SECONDS=3600] [JOBS=1]
#
# Configures and builds the hardening build (BUILD_DIR, default build-san:
# clang-22, ASan+UBSan, libFuzzer) when it is missing, refreshes the seed
# corpus from the test suite, and fuzzes for SECONDS with JOBS workers. The
# corpus grows in $BUILD_DIR/fuzz/corpus and is kept from one campaign to the
# next; crashing inputs land in $BUILD_DIR/fuzz/artifacts (reproduce one with
# `ROPE_FUZZ_VERBOSE=1 $BUILD_DIR/bin/rope-fuzz FILE`, minimize it with
# `-minimize_crash=1 -runs=10000 FILE`).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-san}
seconds=${1:-3600}
jobs=${2:-1}

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DROPE_SANITIZE=address,undefined -DROPE_FUZZ=ON
fi
cmake --build "$build" --target rope-fuzz

work=$build/fuzz
rm -rf "$work/seeds"
mkdir -p "$work/corpus" "$work/artifacts"
python3 "$root/tools/rope-fuzz/make-corpus.py" "$work/seeds"

cd "$work"
status=0
parallel=()
if [ "$jobs" -gt 1 ]; then
  # Every worker then writes its log to fuzz-<n>.log here.
  parallel=(-jobs="$jobs" -workers="$jobs")
fi
"$build/bin/rope-fuzz" -max_total_time="$seconds" "${parallel[@]}" \
  -timeout=20 -rss_limit_mb=4096 -max_len=16384 \
  -use_value_profile=1 -dict="$root/tools/rope-fuzz/rope.dict" \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
  "$work/corpus" "$work/seeds" 2>&1 | tee "$work/campaign.log" || status=$?
echo "campaign: $(ls "$work/corpus" | wc -l) inputs in $work/corpus," \
     "$(ls "$work/artifacts" | wc -l) in $work/artifacts"
exit "$status"
