#!/usr/bin/env bash
# Builds and starts the sample server on a free port, runs the Node conformance suite against it, and exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
dotnet build "$here/sample-server" -nologo -v q
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")"
log="$(mktemp)"
dotnet "$here/sample-server/bin/Debug/net10.0/Platform.GraphQL.SampleServer.dll" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; echo "sample server exited" >&2; exit 1; fi
  sleep 0.2
done
GRAPHQL_URL="http://127.0.0.1:$port/graphql" node --test --test-concurrency=1 "$here"/*.test.mjs
