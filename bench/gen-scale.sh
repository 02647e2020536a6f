#!/usr/bin/env bash
# Generates (and caches) demo databases at benchmark scales; prints time and size.
# usage: bench/gen-scale.sh [SCALE ...]   (default: 1 200)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${DEALIX_BUILD_DIR:-$PWD/build}
cache=${DEALIX_BENCH_CACHE:-$PWD/bench/.cache}
mkdir -p "$cache"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target dealix-desk >/dev/null
for scale in "${@:-1 200}"; do
    for s in $scale; do
        out="$cache/demo-scale$s.sqlite"
        if [ -f "$out" ]; then
            echo "scale $s: cached at $out ($(du -h "$out" | cut -f1))"
            continue
        fi
        start=$(date +%s%N)
        "$build/app/dealix-desk" demo -o "$out" --scale "$s" --seed 20260417
        end=$(date +%s%N)
        echo "scale $s: $(((end - start) / 1000000)) ms wall, $(du -h "$out" | cut -f1) at $out"
    done
done
