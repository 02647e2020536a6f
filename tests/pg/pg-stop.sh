#!/usr/bin/env bash
# Stops and removes the throw-away PostgreSQL server that pg-start.sh started.
set -uo pipefail
env_file=${1:?usage: pg-stop.sh ENV_FILE}
[ -f "$env_file" ] || exit 0
state=$(sed -n 's/^DEALIX_PG_STATE=//p' "$env_file")
bindir=$(sed -n 's/^DEALIX_PG_BINDIR=//p' "$env_file")
if [ -n "$state" ] && [ -d "$state/data" ]; then
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$bindir/pg_ctl" -D "$state/data" -m immediate -w stop >/dev/null 2>&1
    else
        "$bindir/pg_ctl" -D "$state/data" -m immediate -w stop >/dev/null 2>&1
    fi
fi
case "$state" in
    /tmp/dealix-pgtest.*) rm -rf "$state" ;;
esac
rm -f "$env_file"
echo "pg-stop: server stopped and removed"
