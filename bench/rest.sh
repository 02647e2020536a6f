#!/usr/bin/env bash
# The app over the Dealix REST API against curl, on loopback, in one run (README "Performance"):
#  (a) Executive Room: curl fetching /executive-room/snapshot, /risks, /decisions-pending and
#      /forecast-vs-actual one after another, against `dealix-desk export executive-room`
#      over REST (and the first painted screen, `--surface executive-room --screenshot`);
#  (b) Partner Pipeline with N strategic deals (default 10,000): curl fetching every page
#      (page/per_page until a short page), against `dealix-desk export partner-pipeline`.
# Both sides talk to the same fake-dealix process (built with the tests). Runs alternate;
# prints medians and their ratio (target: (a) ≤ 1.5×, (b) ≤ 2×).
#   bench/rest.sh [DEALS]      RUNS=5 PER_PAGE=100 DEALIX_BUILD_DIR=build
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${DEALIX_BUILD_DIR:-$root/build}
cache=${DEALIX_BENCH_CACHE:-$root/bench/.cache}
runs=${RUNS:-5}
deals=${1:-10000}
per_page=${PER_PAGE:-100}
desk="$build/app/dealix-desk"
fake="$build/tests/fake-dealix"
tenant=7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "bench/rest.sh: $tool is needed" >&2; exit 2; }
done
[ -x "$fake" ] || { echo "bench/rest.sh: build the tests first ($fake is missing)" >&2; exit 2; }
mkdir -p "$cache"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$cache/config" XDG_CACHE_HOME="$cache/xdg-cache"

# Fixtures: the tests' hand-written ones when present, else a minimal coherent set (Line A
# shapes) written here.
fixtures=$root/tests/rest/fixtures
if [ ! -f "$fixtures/GET executive-room__snapshot.json" ]; then
    fixtures=$cache/rest-fixtures
    mkdir -p "$fixtures"
    cat >"$fixtures/GET executive-room__snapshot.json" <<'JSON'
{"revenue": {"actual": 1250000.0, "forecast": 1375000.0, "variance_percent": -9.09, "pipeline_value": 4200000.0, "win_rate": 41.7},
 "approvals": {"pending": 12, "warning": 3, "breach": 1},
 "connectors": {"healthy": 5, "degraded": 1, "error": 1},
 "compliance": {"compliant": 18, "partial": 4, "non_compliant": 2, "posture": "at_risk"},
 "contradictions": {"active": 6, "critical": 2},
 "strategic_deals": {"active": 9, "pipeline_value": 2750000.0},
 "evidence_packs": {"ready": 7, "pending_review": 2}}
JSON
    cat >"$fixtures/GET executive-room__risks.json" <<'JSON'
{"risks": [{"type": "sla_breach", "severity": "high", "count": 1, "description_ar": "تجاوز مهلة الموافقة"},
           {"type": "contradiction", "severity": "critical", "count": 2, "description_ar": "تناقضات حرجة"},
           {"type": "compliance", "severity": "high", "count": 2, "description_ar": "ضوابط غير ممتثلة"},
           {"type": "connector_error", "severity": "medium", "count": 1, "description_ar": "موصل متعطل"}],
 "total": 4}
JSON
    cat >"$fixtures/GET executive-room__decisions-pending.json" <<'JSON'
{"decisions": [{"type": "approval", "count": 12, "description_ar": "موافقات معلقة"},
               {"type": "contradiction", "count": 6, "description_ar": "تناقضات نشطة"}],
 "total": 2}
JSON
    cat >"$fixtures/GET executive-room__forecast-vs-actual.json" <<'JSON'
{"tracks": {"revenue": {"actual": 1250000.0, "forecast": 1375000.0, "variance_percent": -9.09},
            "strategic_deals": {"active": 9, "pipeline_value": 2750000.0}},
 "overall_health": "on_track"}
JSON
fi
deals_file=$cache/strategic-deals-$deals.json
[ -f "$deals_file" ] || python3 bench/gen-deals.py "$deals" "$tenant" "$deals_file"

# The server: prints its base URL on its first line.
fifo=$cache/fake-dealix.out
"$fake" --dir "$fixtures" --pages "$deals_file" >"$fifo" 2>&1 &
fake_pid=$!
trap 'kill "$fake_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    base=$(head -n 1 "$fifo" 2>/dev/null || true)
    case $base in http://*) break ;; esac
    sleep 0.05
done
case $base in http://*) ;; *) echo "bench/rest.sh: fake-dealix did not start: $(cat "$fifo")" >&2; exit 2 ;; esac

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
report() { # label app-times... -- curl-times...
    local label=$1; shift
    local d=() r=() side=d
    for x in "$@"; do
        if [ "$x" = -- ]; then side=r; continue; fi
        if [ $side = d ]; then d+=("$x"); else r+=("$x"); fi
    done
    local md mr
    md=$(median "${d[@]}"); mr=$(median "${r[@]}")
    awk -v l="$label" -v d="$md" -v r="$mr" 'BEGIN { printf "| %s | %d ms | %d ms | %.2fx |\n", l, r, d, (r > 0 ? d / r : 0) }'
}
# Like the app: one connection per request is what curl does per process; each fetch below is a
# separate curl process, one after another, failing on an HTTP error.
curl_room() {
    for route in snapshot risks decisions-pending forecast-vs-actual; do
        curl -sS --fail -o /dev/null "$base/executive-room/$route?tenant_id=$tenant" || return 1
    done
}
curl_pages() {
    local page=1 n
    while :; do
        # Items counted by a key each deal has once (no JSON parser started per page).
        n=$(curl -sS --fail "$base/strategic-deals?tenant_id=$tenant&page=$page&per_page=$per_page" |
            grep -o '"initiator_profile_id"' | wc -l) || return 1
        [ "$n" -lt "$per_page" ] && return 0
        page=$((page + 1))
    done
}
# curl in one process for all pages (connection reused), the fastest fair reference.
curl_pages_one() {
    local pages=$(((deals + per_page) / per_page)) urls=() p
    for p in $(seq 1 "$pages"); do
        urls+=("$base/strategic-deals?tenant_id=$tenant&page=$p&per_page=$per_page")
    done
    curl -sS --fail "${urls[@]}" >/dev/null
}
app_room() { "$desk" export executive-room --source "$base" --tenant "$tenant" --format json; }
app_room_paint() { "$desk" --source "$base" --tenant "$tenant" --surface executive-room --screenshot "$cache/rest-room.png"; }
app_pipeline() { "$desk" export partner-pipeline --source "$base" --tenant "$tenant" --format json; }

check() { # label must-contain command...: runs once; fails (and says why) on an error exit,
    # or when the output does not show the figures were read over REST (its provenance lists
    # the endpoint).
    local label=$1 want=$2 out err
    shift 2
    err=$cache/rest-check.err
    if ! out=$("$@" 2>"$err"); then
        echo "| $label | FAILS: $(head -c 300 "$err" | tr '\n' ' ') |"
        return 1
    fi
    if [ -n "$want" ] && ! grep -qF -- "$want" <<<"$out"; then
        echo "| $label | FAILS: the output names no request to $want (not read over REST) |"
        return 1
    fi
}

echo "fake-dealix at $base; $deals strategic deals, $per_page per page; medians of $runs runs"
echo
echo "| measure | curl | dealix-desk | ratio |"
echo "|---|---|---|---|"
check "curl: the four Executive Room routes" "" curl_room
room_ok=1 paint_ok=1 pipe_ok=1
check "dealix-desk export executive-room over REST" "GET /api/v1/executive-room/forecast-vs-actual" app_room || room_ok=0
# The screenshot shows nothing to check: it is measured only when the export reads over REST.
[ $room_ok = 1 ] && check "dealix-desk --surface executive-room --screenshot over REST" "" app_room_paint || paint_ok=0
check "dealix-desk export partner-pipeline over REST" "GET /api/v1/strategic-deals" app_pipeline || pipe_ok=0
c=() d=() p=() q=() e=() f=()
for _ in $(seq 1 "$runs"); do
    c+=("$(ms curl_room)")
    [ $room_ok = 1 ] && d+=("$(ms app_room)")
    [ $paint_ok = 1 ] && p+=("$(ms app_room_paint)")
    q+=("$(ms curl_pages)")
    f+=("$(ms curl_pages_one)")
    [ $pipe_ok = 1 ] && e+=("$(ms app_pipeline)")
done
echo "| curl, Executive Room's 4 routes one after another | $(median "${c[@]}") ms | | |"
[ $room_ok = 1 ] && report "Executive Room: export over REST vs curl" "${d[@]}" -- "${c[@]}"
[ $paint_ok = 1 ] && report "Executive Room: first painted screen over REST vs curl" "${p[@]}" -- "${c[@]}"
echo "| curl, $deals deals: one process per page | $(median "${q[@]}") ms | | |"
echo "| curl, $deals deals: one process, all pages | $(median "${f[@]}") ms | | |"
[ $pipe_ok = 1 ] && report "Partner Pipeline, $deals deals: export vs curl one process per page" "${e[@]}" -- "${q[@]}"
[ $pipe_ok = 1 ] && report "Partner Pipeline, $deals deals: export vs curl one process" "${e[@]}" -- "${f[@]}"
exit 0
