#!/usr/bin/env bash
# Builds and starts the real Silo (demo mode, fresh SQLite folder) on a free port, gets tokens from it, verifies them
# independently with the jose npm package against the published JWKS, and prints "N passed, N failed".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
configuration="${CONFIGURATION:-Debug}"
dll="$repo/Silo/Platform.Silo/bin/$configuration/net10.0/Platform.Silo.dll"
if [ ! -f "$dll" ] || [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build "$repo/Silo/Platform.Silo" -c "$configuration" -nologo -v q
fi
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")"
work="$(mktemp -d)"
log="$work/silo.log"
export ADMIN_PASSWORD="conformance admin passphrase"
export AGENT_SECRET="conformance-agent-secret-0123456789abcdef"
(cd "$work" && exec dotnet "$dll" --urls "http://127.0.0.1:$port" --Platform:Demo=true \
  "--Platform:DemoAdminPassword=$ADMIN_PASSWORD" "--Platform:DemoAgentSecret=$AGENT_SECRET") >"$log" 2>&1 &
silo=$!
trap 'kill "$silo" 2>/dev/null || true; wait "$silo" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  if grep -q "Demo agent token" "$log" 2>/dev/null; then break; fi
  if ! kill -0 "$silo" 2>/dev/null; then cat "$log"; echo "the Silo exited"; echo "0 passed, 1 failed"; exit 1; fi
  sleep 0.2
done
results="$work/results.txt"
status=0
BASE_URL="http://127.0.0.1:$port" node --test --test-reporter=tap "$here"/*.test.mjs | tee "$results" || status=$?
passed=$(grep -E "^# pass [0-9]+" "$results" | awk '{print $3}')
failed=$(grep -E "^# fail [0-9]+" "$results" | awk '{print $3}')
if [ -z "$passed" ]; then passed=0; failed=$((${failed:-0} + 1)); fi
echo "${passed} passed, ${failed:-0} failed"
[ "$status" -eq 0 ] && [ "${failed:-0}" -eq 0 ]
