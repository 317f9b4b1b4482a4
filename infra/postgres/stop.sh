#!/usr/bin/env bash
# Stops the cluster that infra/postgres/start.sh started in DIR (fast shutdown). Idempotent: a
# stopped or never-started DIR is not an error. Usage: infra/postgres/stop.sh DIR
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: stop.sh DIR" >&2; exit 1; }
DATA="$1/data"
PGBIN=/usr/lib/postgresql/15/bin
if [ "$(id -u)" -eq 0 ]; then AS_PG=(runuser -u postgres --); else AS_PG=(); fi

if [ -f "$DATA/PG_VERSION" ] && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >&2
else
  echo "postgres/stop.sh: nothing running in $1" >&2
fi
