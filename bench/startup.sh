#!/usr/bin/env bash
# Cold start of dealix-desk to its first painted window (offscreen, on the demo database),
# against a minimal Qt Widgets program built in the same run. Runs alternate between the two
# so that machine noise hits both alike; prints the medians and their ratio. Goal: ≤ 2×.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${DEALIX_BUILD_DIR:-$PWD/build}
runs=${RUNS:-15}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target dealix-desk bench_minimal_widgets >/dev/null
cache=${DEALIX_BENCH_CACHE:-$PWD/bench/.cache}
mkdir -p "$cache"
demo="$cache/demo-scale1.sqlite"
[ -f "$demo" ] || "$build/app/dealix-desk" demo -o "$demo" --seed 20260417 >/dev/null

export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$cache/config" XDG_CACHE_HOME="$cache/xdg-cache"
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
desk=() ref=()
# One warm-up each: both read the same Qt libraries from the page cache afterwards.
ms "$build/app/dealix-desk" --source "sqlite:$demo" --tenant najd-trading --quit-after-paint >/dev/null
ms "$build/bench/bench_minimal_widgets" >/dev/null
for _ in $(seq 1 "$runs"); do
    ref+=("$(ms "$build/bench/bench_minimal_widgets")")
    desk+=("$(ms "$build/app/dealix-desk" --source "sqlite:$demo" --tenant najd-trading --quit-after-paint)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
md=$(median "${desk[@]}")
mr=$(median "${ref[@]}")
echo "start-up to first paint, median of $runs runs:"
echo "  minimal Qt Widgets program: ${mr} ms"
echo "  dealix-desk (demo database): ${md} ms"
awk -v d="$md" -v r="$mr" 'BEGIN { printf "  ratio: %.2fx (goal: at most 2x)\n", d / r }'
