#!/usr/bin/env bash
# The full board pack (PDF) at scale 1 and scale 200: `dealix-desk board-pack` against
# WeasyPrint rendering the app's own HTML export of the same pack. Prints times, the ratio and
# peak memory of both. WeasyPrint is installed here only (Debian package), never for the app.
#   bench/board-pack.sh [SCALE ...]   (default: 1 200)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${DEALIX_BUILD_DIR:-$root/build}
cache=${DEALIX_BENCH_CACHE:-$root/bench/.cache}
runs=${RUNS:-3}
scales=("${@:-1 200}")
if ! command -v weasyprint >/dev/null; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq weasyprint >/dev/null
fi
desk="$build/app/dealix-desk"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$cache/config"
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%d", $1 / 1024}'; }
out="$cache/board-pack"
mkdir -p "$out"
echo "| scale | pages | WeasyPrint (from the app's HTML) | dealix-desk board-pack: whole command (compute + render) | of which render | speed-up, whole / render | peak memory (WeasyPrint / dealix-desk) |"
echo "|---|---|---|---|---|---|---|"
for scale in ${scales[*]}; do
    bench/gen-scale.sh "$scale" >/dev/null
    db="$cache/demo-scale$scale.sqlite"
    args=(board-pack --source "sqlite:$db" --tenant najd-trading)
    "$desk" "${args[@]}" -o "$out/pack-$scale.pdf" --html "$out/pack-$scale.html" >/dev/null
    pages=$(pdfinfo "$out/pack-$scale.pdf" | awk '/^Pages:/ {print $2}')
    d=() w=() r=()
    for _ in $(seq 1 "$runs"); do
        d+=("$(ms "$desk" "${args[@]}" -o "$out/pack-$scale.pdf")")
        w+=("$(ms weasyprint "$out/pack-$scale.html" "$out/weasy-$scale.pdf")")
        r+=("$(DEALIX_TIMINGS=1 "$desk" "${args[@]}" -o "$out/pack-$scale.pdf" 2>&1 >/dev/null | sed -n 's/.*render \([0-9]*\) ms.*/\1/p')")
    done
    md=$(median "${d[@]}"); mw=$(median "${w[@]}"); mr=$(median "${r[@]}")
    memd=$(peak_mb "$desk" "${args[@]}" -o "$out/pack-$scale.pdf")
    memw=$(peak_mb weasyprint "$out/pack-$scale.html" "$out/weasy-$scale.pdf")
    awk -v s="$scale" -v p="$pages" -v d="$md" -v w="$mw" -v r="$mr" -v a="$memw" -v b="$memd" \
        'BEGIN { printf "| %s | %s | %d ms | %d ms | %d ms | %.1fx / %.0fx | %s MB / %s MB |\n", s, p, w, d, r, w / d, w / (r > 0 ? r : 1), a, b }'
done
