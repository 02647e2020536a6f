#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the test suite (CTest fixture "pg_server"):
# initdb + pg_ctl as the postgres user (via runuser when run as root), data and socket in a
# temporary directory, listening on 127.0.0.1 only, on a free port. Writes the connection
# facts to ENV_FILE for the tests. Creates a plain role (no superuser, no BYPASSRLS: Dealix's
# forced row-level security applies to it) that may create the tests' databases.
set -euo pipefail
env_file=${1:?usage: pg-start.sh ENV_FILE}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-start: PostgreSQL server binaries not found (Debian package: postgresql)" >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    run() { runuser -u postgres -- "$@"; }
    owner=postgres
else
    run() { "$@"; }
    owner=$(id -un)
fi

# A previous run that died may have left its server: stop it first.
if [ -f "$env_file" ]; then
    "$(dirname "$0")/pg-stop.sh" "$env_file" || true
fi

state=$(mktemp -d /tmp/dealix-pgtest.XXXXXX)
chmod 755 "$state"
mkdir -p "$state/data" "$state/socket"
chown -R "$owner" "$state"

port=""
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || { echo "pg-start: no free port found" >&2; exit 1; }

run "$bindir/initdb" -D "$state/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; exit 1; }
# TLS with a throw-away self-signed certificate, so that PDPL-C13 (encryption in transit) is
# tested both ways: clients that ask for sslmode=require get TLS, sslmode=disable gets none.
command -v openssl >/dev/null || { echo "pg-start: openssl not found (Debian package: openssl)" >&2; exit 1; }
run openssl req -new -x509 -days 2 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$state/data/server.key" -out "$state/data/server.crt" >"$state/openssl.log" 2>&1 \
    || { cat "$state/openssl.log" >&2; exit 1; }
chmod 600 "$state/data/server.key"
run "$bindir/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $state/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 -c ssl=on" \
    start >/dev/null || { cat "$state/server.log" >&2; exit 1; }

password="dealix-test-$RANDOM$RANDOM"
run "$bindir/psql" -h "$state/socket" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE dealix_app LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS PASSWORD '$password';
CREATE DATABASE dealix_test OWNER dealix_app;
SQL

cat >"$env_file" <<ENV
DEALIX_PG_STATE=$state
DEALIX_PG_BINDIR=$bindir
DEALIX_PG_SOCKET=$state/socket
DEALIX_PG_HOST=127.0.0.1
DEALIX_PG_PORT=$port
DEALIX_PG_USER=dealix_app
DEALIX_PG_PASSWORD=$password
DEALIX_PG_DATABASE=dealix_test
ENV
echo "pg-start: PostgreSQL on 127.0.0.1:$port (state $state)"
