#!/usr/bin/env bash
# Builds the Silo (Release), starts it with the demo facility on a free loopback port with SQLite in a temp dir,
# runs graphql-http audits, graphql-js schema checks against the committed SDL, graphql-ws, SSE and urql clients
# against it, stops it on exit, and prints "N passed, N failed" (non-zero exit on any failure).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
log() { echo "platform-conformance: $*" >&2; }
die() { log "$*"; echo "0 passed, 1 failed"; exit 1; }
cd "$here"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
dotnet build "$repo/Silo/Platform.Silo" -c Release -nologo -v q >/dev/null || die "the Silo did not build"
dll="$repo/Silo/Platform.Silo/bin/Release/net10.0/Platform.Silo.dll"
work="$(mktemp -d)"
admin_password="conformance-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
silo=""
cleanup() {
  if [ -n "$silo" ] && kill -0 "$silo" 2>/dev/null; then kill -TERM "$silo" 2>/dev/null || true; wait "$silo" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=../../infra/lib/ports.sh
source "$repo/infra/lib/ports.sh"
start_on() {
  log "starting the Silo on 127.0.0.1:$1"
  (cd "$work" && exec dotnet "$dll" --urls "http://127.0.0.1:$1" --Platform:Demo=true --Platform:DemoAdminPassword="$admin_password" --Platform:Storage=sqlite --Platform:SqlitePath="$work/platform.db") >>"$work/silo.log" 2>&1 &
  silo=$!
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1 && grep -q "Demo facility seeded\|Silo node" "$work/silo.log"; then return 0; fi
    kill -0 "$silo" 2>/dev/null || { log "the Silo exited:"; tail -20 "$work/silo.log" >&2; silo=""; return 1; }
    sleep 0.2
  done
  log "the Silo did not answer within 60 s"; return 1
}
start_on_free_port "" "$work/silo.log"
# The demo seeding runs as hosted services; sign in as the demo facility admin, then wait until the demo session answers.
token=""
for _ in $(seq 1 150); do
  token="$(curl -fsS -X POST "http://127.0.0.1:$PORT/connect/token" -d grant_type=password -d username=admin@demo.local --data-urlencode "password=$admin_password" 2>/dev/null \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{process.stdout.write(JSON.parse(s).access_token??"")}catch{}})')" || true
  if [ -n "$token" ]; then break; fi
  sleep 0.2
done
[ -n "$token" ] || die "the demo admin could not sign in"
for _ in $(seq 1 150); do
  if curl -fsS -H 'content-type: application/json' -H "authorization: Bearer $token" -d '{"query":"{ facility(key: \"demo\") { session(key: \"demo-session\") { key } } }"}' "http://127.0.0.1:$PORT/graphql" 2>/dev/null | grep -q demo-session; then break; fi
  sleep 0.2
done
ACCESS_TOKEN="$token" GRAPHQL_URL="http://127.0.0.1:$PORT/graphql" SDL_PATH="$repo/Gateway/Platform.Gateway/schema.graphql" node "$here/run.mjs"
