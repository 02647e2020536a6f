#!/usr/bin/env bash
# Re-renders the README's pictures from the demo database: every surface's window at
# 1280×800 in English and Arabic (docs/screenshots/) and the board pack's pages in both
# languages (docs/board-pack/). Usage: scripts/render-docs.sh [BUILD_DIR] (default: build).
# A fixed --as-of makes the pictures reproducible; the demo database is written for it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
app="$build/app/dealix-desk"
as_of="2026-12-05T15:22:00+03:00"
tenant="najd-trading"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
"$app" demo -o "$work/demo.sqlite" --as-of "$as_of" >/dev/null
declare -A name=([executive-room]=executive-room [weekly-review]=weekly-review
    [approval-center]=approval-center [forecast]=forecast [risk-heatmap]=risk-heatmap
    [policy-violations]=policy-violations [partner-pipeline]=partner-pipeline
    [compliance]=compliance [connectors]=connectors [evidence-packs]=evidence-packs
    [source]=main-window)
mkdir -p "$root/docs/screenshots" "$root/docs/board-pack"
for id in "${!name[@]}"; do
    for lang in en ar; do
        "$app" --source "sqlite:$work/demo.sqlite" --tenant "$tenant" --as-of "$as_of" --lang "$lang" \
            --surface "$id" --screenshot "$root/docs/screenshots/${name[$id]}-$lang.png" >/dev/null
    done
done
rm -f "$root"/docs/board-pack/*.png
# Each section's first page, named after the section (docs/board-pack/en-executive-room.png),
# so that the README's table does not depend on page numbers: a section starts where the page
# header (its first text line) changes. The names come from the English pack's headers, in
# order; the Arabic pack has the same sections in the same order.
slugs=()
for lang in en ar; do
    "$app" board-pack --source "sqlite:$work/demo.sqlite" --tenant "$tenant" --as-of "$as_of" --lang "$lang" \
        -o "$work/pack-$lang.pdf" >/dev/null
    pdftoppm -r 60 -png "$work/pack-$lang.pdf" "$work/$lang"
    pages=$(pdfinfo "$work/pack-$lang.pdf" | awk '/^Pages:/ {print $2}')
    previous=""
    section=0
    for ((p = 1; p <= pages; p++)); do
        header=$(pdftotext -f "$p" -l "$p" "$work/pack-$lang.pdf" - | sed -n 1p)
        if ((p == 1)); then
            slug=cover
        elif [[ "$header" == "$previous" ]]; then
            previous="$header"
            continue
        elif [[ "$lang" == en ]]; then
            slug=$(sed -E 's/ [0-9]+ [A-Z][a-z]{2} [0-9]{4}.*//' <<<"$header" | tr 'A-Z ' 'a-z-')
            slugs+=("$slug")
        else
            slug="${slugs[$section]:-page-$p}"
            section=$((section + 1))
        fi
        previous="$header"
        cp "$(ls "$work/$lang"-*.png | sort | sed -n "${p}p")" "$root/docs/board-pack/$lang-$slug.png"
    done
done
echo "Rendered into $root/docs/screenshots and $root/docs/board-pack"
