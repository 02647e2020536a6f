#!/usr/bin/env bash
# The main job: install what is missing, build, generate the demo database and open
# Dealix Executive Desktop on it. With no display, render the main window offscreen to a PNG,
# write the board pack of the demo database (English and Arabic PDF) and print where they went.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${DEALIX_BUILD_DIR:-$root/build}

scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target dealix-desk

desk="$build/app/dealix-desk"
demo="$build/demo/dealix-demo.sqlite"
mkdir -p "$build/demo" "$build/out"
if [ ! -f "$demo" ]; then
    "$desk" demo -o "$demo"
fi
source_url="sqlite:$demo"
tenant=najd-trading

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: rendering Dealix Executive Desktop offscreen."
    for lang in en ar; do
        png=$("$desk" --source "$source_url" --tenant "$tenant" --lang "$lang" \
            --screenshot "$build/out/main-window-$lang.png" | tail -n 1)
        echo "Main window ($lang): $png"
        pdf=$("$desk" board-pack --source "$source_url" --tenant "$tenant" --lang "$lang" \
            -o "$build/out/board-pack-$lang.pdf" | tail -n 1)
        echo "Board pack ($lang): $pdf"
    done
    exit 0
fi
exec "$desk" --source "$source_url" --tenant "$tenant" "$@"
