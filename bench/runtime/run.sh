#!/usr/bin/env bash
# Runs the runtime benchmark on SQLite and on a throwaway PostgreSQL cluster started for it.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$(mktemp -d /tmp/platform-bench-pg-XXXX); chmod 755 "$dir"
conn=$(infra/postgres/start.sh "$dir")
trap 'infra/postgres/stop.sh "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
dotnet run -c Release --project bench/runtime -- --postgres "$conn" "$@"
