#!/usr/bin/env bash
# Approval Center with 200k pending requests: time to the first painted screen of the queue
# (whole process) against sqlite3 fetching the same first page with its best index, and the
# peak memory of scrolling the queue model to the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${DEALIX_BUILD_DIR:-$root/build}
cache=${DEALIX_BENCH_CACHE:-$root/bench/.cache}
runs=${RUNS:-7}
cmake --build "$build" -j2 --target dealix-desk bench_queue_scroll >/dev/null
bench/gen-scale.sh 1 >/dev/null
db="$cache/approvals-200k.sqlite"
if [ ! -f "$db" ]; then
    cp "$cache/demo-scale1.sqlite" "$db.tmp"
    # 200,000 pending requests for najd-trading: mixed priorities, the SLA in the enhanced
    # columns and in payload, created over the last ten days.
    sqlite3 "$db.tmp" <<'SQL'
with recursive n(i) as (select 0 union all select i + 1 from n where i < 199999),
t as (select id from tenants where slug = 'najd-trading'),
u as (select id from users where tenant_id = (select id from t) and role = 'agent' limit 1)
insert into approval_requests (id, created_at, updated_at, tenant_id, channel, resource_type, resource_id, payload, status,
                               requested_by_id, priority, category, escalation_level, sla_deadline_at)
select printf('%08x-0000-4000-8000-%012x', i, i),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d seconds', (i * 37) % 864000)),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d seconds', (i * 37) % 864000)),
       (select id from t), 'whatsapp', 'deal_discount', printf('%08x-0000-4000-8000-000000000000', i),
       json_object('category', 'pricing', '_dealix_sla', json_object('breach_threshold_hours', 24, 'priority',
                   case i % 4 when 0 then 'critical' when 1 then 'high' when 2 then 'normal' else 'low' end)),
       'pending', (select id from u), case i % 4 when 0 then 'critical' when 1 then 'high' when 2 then 'normal' else 'low' end,
       'pricing', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d seconds', (i * 37) % 864000 - 86400))
from n;
create index if not exists ix_approvals_queue_order on approval_requests (tenant_id, status, priority, created_at, id);
analyze;
SQL
    mv "$db.tmp" "$db"
fi
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$cache/config"
# The app's recommended indexes (README "Indexes"): the cached scale-1 file may predate some.
missing=$("$build/app/dealix-desk" indexes --source "sqlite:$db" --format sql 2>/dev/null)
if grep -q '^CREATE INDEX' <<<"$missing"; then
    { echo "$missing"; echo "analyze;"; } | sqlite3 "$db"
fi
# The reference's own best index: its ORDER BY exactly (status compared by equality, then the
# priority rank, the age and the id), so that sqlite3 reads 200 index entries and sorts nothing.
if [ -z "$(sqlite3 "$db" "select name from sqlite_master where name = 'ix_reference_queue_rank'")" ]; then
    sqlite3 "$db" "create index ix_reference_queue_rank on approval_requests (tenant_id, status,
        (case priority when 'critical' then 0 when 'high' then 1 when 'low' then 3 else 2 end), created_at, id); analyze;"
fi
tenant=$("$build/app/dealix-desk" tenants --source "sqlite:$db" | awk -F'\t' '$2 == "najd-trading" {print $1}')
# The reference: the same first page, by hand, on its best index (above).
ref="select id, priority, category, resource_type, channel, requested_by_id, created_at, sla_deadline_at, escalation_level, status
from approval_requests where tenant_id = '$tenant' and status = 'pending'
order by case priority when 'critical' then 0 when 'high' then 1 when 'low' then 3 else 2 end, created_at, id limit 200;"
echo "reference plan:"
sqlite3 "$db" "explain query plan $ref"
echo "dealix-desk index for the page: $(sqlite3 "$db" "select name from sqlite_master where name = 'ix_approvals_queue_rank'")"
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
d=() r=()
for _ in $(seq 1 "$runs"); do
    r+=("$(ms sqlite3 "$db" "$ref")")
    d+=("$(ms "$build/app/dealix-desk" --source "sqlite:$db" --tenant najd-trading --surface approval-center --quit-after-paint)")
done
md=$(median "${d[@]}"); mr=$(median "${r[@]}")
echo "| measure | reference | dealix-desk | ratio |"
echo "|---|---|---|---|"
awk -v d="$md" -v r="$mr" 'BEGIN { printf "| first screen of 200,000 pending (whole process) | sqlite3 first page: %d ms | %d ms | %.2fx |\n", r, d, d / r }'
scroll=$(/usr/bin/time -f "%M" "$build/bench/bench_queue_scroll" "sqlite:$db" najd-trading 2>&1 | tail -n 2)
echo
echo "scrolling to the end: $(echo "$scroll" | head -n 1); peak memory $(( $(echo "$scroll" | tail -n 1) / 1024 )) MB (goal: at most 200 MB)"
