#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster whose files all live in DIR (data, socket, log) and prints
# ONE line on stdout: an Npgsql connection string for database "platform". Everything else goes to
# stderr. Idempotent: a second run on a running DIR prints the same line again.
# Usage: infra/postgres/start.sh DIR [PORT]      (PORT omitted: a free one is chosen)
set -euo pipefail

log() { echo "postgres/start.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }
# shellcheck source=../lib/ports.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/ports.sh"

[ $# -ge 1 ] || die "usage: start.sh DIR [PORT]"
REQUESTED_PORT="${2:-}"
if [ -n "$REQUESTED_PORT" ] && ! [[ "$REQUESTED_PORT" =~ ^[0-9]+$ ]]; then die "PORT must be a number, got '$REQUESTED_PORT'"; fi
DATABASE=platform
PGBIN=/usr/lib/postgresql/15/bin

if [ ! -x "$PGBIN/initdb" ]; then
  [ "$(id -u)" -eq 0 ] || die "PostgreSQL 15 is not installed and installing it needs root"
  log "installing PostgreSQL 15 from Debian"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y postgresql >&2; then
    apt-get update >&2
    apt-get install -y postgresql >&2
  fi
  [ -x "$PGBIN/initdb" ] || die "apt-get did not install $PGBIN/initdb"
fi

mkdir -p "$1"
DIR="$(cd "$1" && pwd)"
DATA="$DIR/data"
SOCKET="$DIR/socket"

# initdb refuses to run as root, so as root everything runs as the postgres user, which owns DIR.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || die "the postgres user does not exist (is the postgresql package installed?)"
  chown postgres:postgres "$DIR"
  AS_PG=(runuser -u postgres --)
else
  AS_PG=()
fi
"${AS_PG[@]}" test -w "$DIR" || die "$DIR is not writable by the postgres user (check the permissions of its parent folders)"
"${AS_PG[@]}" mkdir -p "$SOCKET"

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initdb in $DATA"
  "${AS_PG[@]}" "$PGBIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >&2
fi

is_running() {
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start_on() {
  log "starting on 127.0.0.1:$1"
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA" -l "$DIR/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $1 -k $SOCKET -c max_connections=200" start >&2
}

if is_running; then
  PORT="$(cat "$DIR/port")"
  log "already running on port $PORT"
elif [ -n "$REQUESTED_PORT" ]; then
  PORT="$REQUESTED_PORT"
  start_on "$PORT" || die "could not start on port $PORT (see $DIR/postgres.log)"
else
  start_on_free_port "$(cat "$DIR/port" 2>/dev/null || true)" "$DIR/postgres.log"
fi
echo "$PORT" | "${AS_PG[@]}" tee "$DIR/port" >/dev/null

PSQL=("${AS_PG[@]}" "$PGBIN/psql" -h "$SOCKET" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA)
if [ "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
  log "creating database $DATABASE"
  "${PSQL[@]}" -c "CREATE DATABASE $DATABASE" >&2
fi

echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=$DATABASE"
