#!/usr/bin/env bash
# Executive Room at benchmark scale: `dealix-desk export executive-room --format json` as a whole
# process against the reference, the same figures by hand in sqlite3 (and psql), on the same
# data and the same indexes (the app's catalogue: `dealix-desk indexes --format sql`). Runs
# alternate; prints medians, their ratio and peak memory.
#   bench/executive-room.sh [SCALE]     (default 200; the same data in SQLite and PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${DEALIX_BUILD_DIR:-$root/build}
cache=${DEALIX_BENCH_CACHE:-$root/bench/.cache}
runs=${RUNS:-5}
sqlite_scale=${1:-200}
pg_scale=$sqlite_scale
bench/gen-scale.sh "$sqlite_scale" >/dev/null
desk="$build/app/dealix-desk"
db="$cache/demo-scale$sqlite_scale.sqlite"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$cache/config"
# The app's recommended indexes (README "Indexes"), on both sides alike: a cached database may
# predate some. Both the app and the reference read the same file with the same indexes.
missing=$("$desk" indexes --source "sqlite:$db" --format sql 2>/dev/null)
if grep -q '^CREATE INDEX' <<<"$missing"; then
    { echo "$missing"; echo "analyze;"; } | sqlite3 "$db"
fi

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
reference_sql() { # dialect tenant epoch
    local f="$cache/ref-$1.sql"
    if [ "$1" = sqlite ]; then
        sed -e "s/:HALALAS(\([a-z_]*\))/cast(round(\1 * 100) as integer)/g" \
            -e "s/:EPOCH(\([a-z_]*\))/cast(strftime('%s', \1) as integer)/g" -e "s/:TEXT(\([a-z_]*\))/\1/g" \
            -e "s/:BREACH/coalesce(json_extract(payload, '\$._dealix_sla.breach_threshold_hours'), 24)/g" \
            -e "s/:TENANT/$2/g" -e "s/:T/$3/g" bench/sql/executive-room.sql >"$f"
    else
        sed -e "s/:HALALAS(\([a-z_]*\))/cast(round(\1 * 100) as bigint)/g" \
            -e "s/:EPOCH(\([a-z_]*\))/cast(floor(extract(epoch from \1)) as bigint)/g" -e "s/:TEXT(\([a-z_]*\))/cast(\1 as text)/g" \
            -e "s/:BREACH/coalesce(cast(payload -> '_dealix_sla' ->> 'breach_threshold_hours' as numeric), 24)/g" \
            -e "s/:TENANT/$2/g" -e "s/:T/$3/g" bench/sql/executive-room.sql >"$f"
    fi
    echo "$f"
}
report() { # label desk-times... -- ref-times...
    local label=$1; shift
    local d=() r=() side=d
    for x in "$@"; do
        if [ "$x" = -- ]; then side=r; continue; fi
        if [ $side = d ]; then d+=("$x"); else r+=("$x"); fi
    done
    local md mr
    md=$(median "${d[@]}"); mr=$(median "${r[@]}")
    awk -v l="$label" -v d="$md" -v r="$mr" 'BEGIN { printf "| %s | %d ms | %d ms | %.2fx |\n", l, r, d, d / r }'
}

tenant=$("$desk" tenants --source "sqlite:$db" | awk -F'\t' '$2 == "najd-trading" {print $1}')
now=$(date +%s)
asof=$(date -u -d "@$now" +%Y-%m-%dT%H:%M:%SZ)
ref=$(reference_sql sqlite "$tenant" "$now")
# The export's compliance section also carries the live checks' posture: the "same figures"
# reference runs the checks' own SQL too (written by `check --sql-out`, values inlined).
"$desk" check --source "sqlite:$db" --tenant najd-trading --as-of "$asof" --sql-out "$cache/ref-checks-sqlite.sql" >/dev/null
cat "$ref" "$cache/ref-checks-sqlite.sql" >"$cache/ref-all-sqlite.sql"
echo "| source | reference | dealix-desk export | ratio |"
echo "|---|---|---|---|"
d=() r=() a=()
for _ in $(seq 1 "$runs"); do
    r+=("$(ms sqlite3 "$db" <"$ref")")
    a+=("$(ms sqlite3 "$db" <"$cache/ref-all-sqlite.sql")")
    d+=("$(ms "$desk" export executive-room --source "sqlite:$db" --tenant najd-trading --as-of "$asof" --format json)")
done
report "SQLite, scale $sqlite_scale, sqlite3: the seven aggregates" "${d[@]}" -- "${r[@]}"
report "SQLite, scale $sqlite_scale, sqlite3: the same figures (aggregates + live checks)" "${d[@]}" -- "${a[@]}"
mem_sqlite=$(peak_kb "$desk" export executive-room --source "sqlite:$db" --tenant najd-trading --format json)

# PostgreSQL: a throw-away server (the test suite's script), the demo data at PG_SCALE.
envfile="$cache/pgbench.env"
tests/pg/pg-start.sh "$envfile" >/dev/null
trap 'tests/pg/pg-stop.sh "$envfile" >/dev/null' EXIT
# shellcheck disable=SC1090
source "$envfile"
export PGPASSWORD=$DEALIX_PG_PASSWORD
url="postgresql://$DEALIX_PG_USER@127.0.0.1:$DEALIX_PG_PORT/$DEALIX_PG_DATABASE"
DEALIX_BUILD_DIR=$build bench/pg-load.sh "$envfile" "$db"
ptenant=$("$desk" tenants --source "$url" | awk -F'\t' '$2 == "najd-trading" {print $1}')
pref=$(reference_sql pg "$ptenant" "$now")
"$desk" check --source "$url" --tenant najd-trading --as-of "$asof" --sql-out "$cache/ref-checks-pg.sql" >/dev/null
cat "$pref" "$cache/ref-checks-pg.sql" >"$cache/ref-all-pg.sql"
# psql as the same plain role, under the same row-level security.
psqlrun() { psql -X -q -h 127.0.0.1 -p "$DEALIX_PG_PORT" -U "$DEALIX_PG_USER" -d "$DEALIX_PG_DATABASE" \
    -c "select set_config('app.tenant_id', '$ptenant', false)" -f "$1"; }
d=() r=() a=()
for _ in $(seq 1 "$runs"); do
    r+=("$(ms psqlrun "$pref")")
    a+=("$(ms psqlrun "$cache/ref-all-pg.sql")")
    d+=("$(ms "$desk" export executive-room --source "$url" --tenant najd-trading --as-of "$asof" --format json)")
done
report "PostgreSQL, scale $pg_scale, psql: the seven aggregates" "${d[@]}" -- "${r[@]}"
report "PostgreSQL, scale $pg_scale, psql: the same figures (aggregates + live checks)" "${d[@]}" -- "${a[@]}"
mem_pg=$(peak_kb "$desk" export executive-room --source "$url" --tenant najd-trading --format json)
echo
echo "peak memory of dealix-desk export: SQLite $((mem_sqlite / 1024)) MB, PostgreSQL $((mem_pg / 1024)) MB (goal: at most 150 MB)"
