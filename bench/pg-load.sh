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
as_app -f resources/sql/postgresql.sql
# Parents before children (the DDL's order).
tables=$(grep -o 'CREATE TABLE [a-z_]*' resources/sql/postgresql.sql | awk '{print $3}')
for t in $tables; do
    cols=$(sqlite3 "$db" "select group_concat(name, ',') from pragma_table_info('$t')")
    [ -n "$cols" ] || continue
    sqlite3 -csv "$db" "select $cols from $t" | as_root -c "\\copy $t ($cols) from stdin with (format csv)"
done
# The indexes after the data (faster than row by row): the app's advice, as a DBA would apply it
# (CONCURRENTLY, as the plain role that owns the tables). Vacuumed so that index-only scans see
# an up-to-date visibility map, as on a database autovacuum keeps.
build=${DEALIX_BUILD_DIR:-$PWD/build}
PGPASSWORD=$DEALIX_PG_PASSWORD QT_QPA_PLATFORM=offscreen "$build/app/dealix-desk" indexes --format sql \
    --source "postgresql://$DEALIX_PG_USER@127.0.0.1:$DEALIX_PG_PORT/$DEALIX_PG_DATABASE" 2>/dev/null |
    PGPASSWORD=$DEALIX_PG_PASSWORD as_app
as_root -c "vacuum analyze"
