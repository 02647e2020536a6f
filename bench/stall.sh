#!/usr/bin/env bash
# Responsiveness: the longest event-loop stall of the GUI thread while the Executive Room, the
# Approval Center and the Saudi Compliance Dashboard refresh (bench/stall_probe.cpp): refresh
# cycles, a tenant switch in the middle of a refresh and row changes in the approval queue, on
# the demo database of the given scale, the largest tenant (najd-trading).
#   bench/stall.sh [SCALE]     (default 200)   CYCLES=5 ROWS=10 SETTLE_MS=1000
# Goal: no stall over 50 ms. Prints, per surface, the 99th percentile and the longest gap
# between two ticks of a 1 ms timer, the median refresh cycle, what the probe was doing and the
# longest single event delivered in that gap (the culprit).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${DEALIX_BUILD_DIR:-$root/build}
cache=${DEALIX_BENCH_CACHE:-$root/bench/.cache}
scale=${1:-200}
bench/gen-scale.sh "$scale" >/dev/null # configures $build as RelWithDebInfo
cmake --build "$build" -j2 --target bench_stall_probe >/dev/null
db="$cache/demo-scale$scale.sqlite"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$cache/config"
echo "scale $scale: $db"
"$build/bench/bench_stall_probe" "sqlite:$db" najd-trading --cycles "${CYCLES:-5}" \
    --rows "${ROWS:-10}" --settle "${SETTLE_MS:-1000}"
