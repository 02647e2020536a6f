#!/usr/bin/env bash
# Loads a SQLite demo database into the PostgreSQL test server described by ENV_FILE (see
# tests/pg/pg-start.sh), fast: the schema from resources/sql/postgresql.sql as the plain role,
# then every table with COPY as the postgres superuser (row-level security does not apply to
# it), then the app's recommended indexes (`dealix-desk indexes --format sql`). For benchmarks at scale; the app's own `demo --source postgresql://…` writes row by row.
#   bench/pg-load.sh ENV_FILE SQLITE_FILE
set -euo pipefail
cd "$(dirname "$0")/.."
env_file=$1
db=$2
# shellcheck disable=SC1090
source "$env_file"
as_app() { PGPASSWORD=$DEALIX_PG_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DEALIX_PG_PORT" -U "$DEALIX_PG_USER" -d "$DEALIX_PG_DATABASE" "$@"; }
as_root() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h "$DEALIX_PG_SOCKET" -p "$DEALIX_PG_PORT" -U postgres -d "$DEALIX_PG_DATABASE" "$@"
    else
        psql -X -q -v ON_ERROR_STOP=1 -h "$DEALIX_PG_SOCKET" -p "$DEALIX_PG_PORT" -U postgres -d "$DEALIX_PG_DATABASE" "$@"
    fi
}
# The schema without its secondary indexes, the rows, then the indexes: building an index once
# over loaded rows is much faster than updating it row by row. Only one-line CREATE INDEX
# statements are deferred; anything else runs first, as written.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v post="$work/indexes.sql" '/^CREATE (UNIQUE )?INDEX .*;[[:space:]]*$/ { print > post; next } { print }' \
    resources/sql/postgresql.sql >"$work/schema.sql"
touch "$work/indexes.sql"
as_app -f "$work/schema.sql"
# Every table in one superuser session, parents before children (the DDL's order), each read by
# `sqlite3` as psql's COPY source (run by psql as the postgres user: the file is opened as an
# immutable URI, read-only, whatever its journal mode). The rows come from a database that holds
# them consistently, so the session skips the foreign-key triggers
# (session_replication_role = replica): checking millions of references row by row costs
# more than the copy.
src=$(realpath "$db")
case $src in *"'"* | *'"'* | *'?'* | *'#'* | *'%'*) echo "pg-load: unsupported file name: $src" >&2; exit 2 ;; esac
tables=$(grep -o 'CREATE TABLE [a-z_]*' resources/sql/postgresql.sql | awk '{print $3}')
{
    echo "set session_replication_role = replica;"
    echo "\\timing on"
    for t in $tables; do
        cols=$(sqlite3 "$db" "select group_concat(name, ',') from pragma_table_info('$t')")
        [ -n "$cols" ] || continue
        echo "\\echo $t"
        echo "\\copy $t ($cols) from program 'sqlite3 -csv \"file:$src?immutable=1\" \"select $cols from $t\"' with (format csv)"
    done
} >"$work/load.psql"
chmod -R a+rX "$work"
start=$(date +%s%N)
as_root -f "$work/load.psql" | paste - - | awk '{printf "pg-load: %s %d ms\n", $1, $3}' >&2
s=$(date +%s%N)
as_app -f "$work/indexes.sql"
echo "pg-load: indexes $((($(date +%s%N) - s) / 1000000)) ms" >&2
# The app's index advice, as a DBA would apply it (CONCURRENTLY, as the plain role that owns
# the tables). Vacuumed so that index-only scans see an up-to-date visibility map, and fresh
# statistics, as on a database autovacuum keeps.
build=${DEALIX_BUILD_DIR:-$PWD/build}
s=$(date +%s%N)
PGPASSWORD=$DEALIX_PG_PASSWORD QT_QPA_PLATFORM=offscreen "$build/app/dealix-desk" indexes --format sql \
    --source "postgresql://$DEALIX_PG_USER@127.0.0.1:$DEALIX_PG_PORT/$DEALIX_PG_DATABASE" 2>/dev/null |
    PGPASSWORD=$DEALIX_PG_PASSWORD as_app
echo "pg-load: advised indexes $((($(date +%s%N) - s) / 1000000)) ms" >&2
s=$(date +%s%N)
as_root -c "vacuum analyze"
echo "pg-load: vacuum analyze $((($(date +%s%N) - s) / 1000000)) ms, total $((($(date +%s%N) - start) / 1000000)) ms" >&2
