#!/usr/bin/env bash
# Starts the Azurite blob emulator with its files in DIR and prints ONE line on stdout: the blob
# endpoint URL of the development account (http://127.0.0.1:PORT/devstoreaccount1). Everything else
# goes to stderr. Installs the pinned Azurite (package.json/package-lock.json beside this script)
# into infra/azurite/node_modules on first use. Idempotent: a second run on a running DIR prints the
# same line again.
# Usage: infra/azurite/start.sh DIR [PORT]      (PORT omitted: a free one is chosen)
set -euo pipefail

log() { echo "azurite/start.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }
# shellcheck source=../lib/ports.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/ports.sh"

[ $# -ge 1 ] || die "usage: start.sh DIR [PORT]"
REQUESTED_PORT="${2:-}"
if [ -n "$REQUESTED_PORT" ] && ! [[ "$REQUESTED_PORT" =~ ^[0-9]+$ ]]; then die "PORT must be a number, got '$REQUESTED_PORT'"; fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="$HERE/node_modules/.bin/azurite-blob"
ACCOUNT=devstoreaccount1

if [ ! -x "$BIN" ]; then
  command -v npm >/dev/null || die "npm is not installed (apt-get install -y nodejs npm)"
  log "installing azurite into $HERE/node_modules"
  (cd "$HERE" && npm ci --no-audit --no-fund >&2) || die "npm ci failed"
  [ -x "$BIN" ] || die "npm did not install $BIN"
fi

mkdir -p "$1"
DIR="$(cd "$1" && pwd)"

# Any HTTP status means the server answers (an unauthenticated request gets 403).
answers() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/$ACCOUNT?comp=list" || true)
  [ -n "$code" ] && [ "$code" != "000" ]
}

is_running() {
  [ -f "$DIR/azurite.pid" ] && [ -f "$DIR/port" ] && kill -0 "$(cat "$DIR/azurite.pid")" 2>/dev/null && answers "$(cat "$DIR/port")"
}

start_on() {
  log "starting on 127.0.0.1:$1"
  # setsid: the emulator outlives this script and is stopped by stop.sh through its pid.
  setsid "$BIN" --location "$DIR/data" --blobHost 127.0.0.1 --blobPort "$1" \
    --silent >>"$DIR/azurite.log" 2>&1 < /dev/null &
  local pid=$!
  echo "$pid" > "$DIR/azurite.pid"
  for _ in $(seq 1 150); do
    if answers "$1"; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { log "azurite exited (see $DIR/azurite.log)"; return 1; }
    sleep 0.2
  done
  log "azurite did not answer on port $1 within 30 s"
  kill "$pid" 2>/dev/null || true
  return 1
}

if is_running; then
  PORT="$(cat "$DIR/port")"
  log "already running on port $PORT"
elif [ -n "$REQUESTED_PORT" ]; then
  PORT="$REQUESTED_PORT"
  start_on "$PORT" || die "could not start on port $PORT (see $DIR/azurite.log)"
else
  start_on_free_port "$(cat "$DIR/port" 2>/dev/null || true)" "$DIR/azurite.log"
fi
echo "$PORT" > "$DIR/port"

echo "http://127.0.0.1:$PORT/$ACCOUNT"
