#!/usr/bin/env bash
# Stops the Azurite that infra/azurite/start.sh started in DIR and waits until it has exited.
# Idempotent: a stopped or never-started DIR is not an error. Usage: infra/azurite/stop.sh DIR
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: stop.sh DIR" >&2; exit 1; }
PIDFILE="$1/azurite.pid"
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  PID="$(cat "$PIDFILE")"
  kill "$PID"
  for _ in $(seq 1 100); do
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$PID" 2>/dev/null; then
    echo "azurite/stop.sh: $PID ignored SIGTERM for 10 s, sending SIGKILL" >&2
    kill -9 "$PID" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
else
  echo "azurite/stop.sh: nothing running in $1" >&2
fi
