#!/usr/bin/env bash
# Compliance live checks at benchmark scale: `dealix-desk check --format json` (all fourteen
# checks, as a whole process) against the reference, the checks' own SQL run by sqlite3 on the
# same data and indexes (written by `check --sql-out`). Runs alternate; prints medians, their
# ratio and peak memory.
#   bench/compliance.sh [SCALE]     (default 200: about 0.8M consents in the two registers)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${DEALIX_BUILD_DIR:-$root/build}
cache=${DEALIX_BENCH_CACHE:-$root/bench/.cache}
runs=${RUNS:-5}
scale=${1:-200}
bench/gen-scale.sh "$scale" >/dev/null
desk="$build/app/dealix-desk"
db="$cache/demo-scale$scale.sqlite"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$cache/config"
# The app's recommended indexes (a cached database may predate some), on both sides alike.
missing=$("$desk" indexes --source "sqlite:$db" --format sql 2>/dev/null)
if grep -q '^CREATE INDEX' <<<"$missing"; then
    { echo "$missing"; echo "analyze;"; } | sqlite3 "$db"
fi

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

asof=$(date -u +%Y-%m-%dT%H:%M:%SZ)
ref="$cache/ref-compliance.sql"
"$desk" check --source "sqlite:$db" --tenant najd-trading --as-of "$asof" --sql-out "$ref" >/dev/null
echo "consents: $(sqlite3 "$db" 'select (select count(*) from pdpl_consents) + (select count(*) from consents)'), statements: $(grep -c ';$' "$ref")"
echo "| source | reference (sqlite3, same SQL) | dealix-desk check | ratio |"
echo "|---|---|---|---|"
d=() r=()
for _ in $(seq 1 "$runs"); do
    r+=("$(ms sqlite3 "$db" <"$ref")")
    d+=("$(ms "$desk" check --source "sqlite:$db" --tenant najd-trading --as-of "$asof" --format json)")
done
md=$(median "${d[@]}"); mr=$(median "${r[@]}")
awk -v s="$scale" -v d="$md" -v r="$mr" 'BEGIN { printf "| SQLite, scale %s | %d ms | %d ms | %.2fx |\n", s, r, d, d / r }'
echo "peak memory of dealix-desk check: $(peak_kb "$desk" check --source "sqlite:$db" --tenant najd-trading --as-of "$asof" --format json) KiB"
