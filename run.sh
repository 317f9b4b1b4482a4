#!/usr/bin/env bash
# Starts the platform on embedded defaults (SQLite and filesystem blobs in .data/) with a demo facility, a
# simulated microscope (SerialEM protocol on 127.0.0.1:48888) and its edge agent, and prints where to look.
# Ctrl+C stops all three gracefully.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh libfftw3-single3
PORT="${PORT:-5080}"
SCOPE_PORT="${SCOPE_PORT:-48888}"
for project in Silo/Platform.Silo EdgeAgent/Platform.MicroscopeSimulator EdgeAgent/Platform.EdgeAgent; do
  dotnet build "$project" -c Release -v quiet -nologo >&2
done
mkdir -p .data/agent .data/scope/frames .data/scope/sessions
# The simulator keeps SerialEM's paths under its --data root (SerialEM's /frames is .data/scope/frames): the agent names the
# folders SerialEM's way (serialEm*Folder) and reads them where they are on this machine (dataFolder, framesFolder).
secret() { [ -s "$1" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$1"; chmod 600 "$1"; cat "$1"; }
ADMIN_PASSWORD="$(secret .data/demo-admin-password)"
AGENT_SECRET="$(secret .data/demo-agent-secret)"
cat > .data/agent/agent.json <<JSON
{
  "platformUrl": "http://127.0.0.1:${PORT}/",
  "microscopeId": "demo-krios",
  "clientId": "demo-krios-agent",
  "clientSecret": "${AGENT_SECRET}",
  "serialEmHost": "127.0.0.1",
  "serialEmPort": ${SCOPE_PORT},
  "dataFolder": "$(pwd)/.data/scope/sessions",
  "framesFolder": "$(pwd)/.data/scope/frames",
  "serialEmDataFolder": "/sessions",
  "serialEmFramesFolder": "/frames",
  "journalPath": "$(pwd)/.data/agent/journal.db"
}
JSON

pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; }
trap stop EXIT INT TERM

dotnet Silo/Platform.Silo/bin/Release/net10.0/Platform.Silo.dll --urls "http://127.0.0.1:${PORT}" \
  --Platform:Demo=true --Platform:SqlitePath=.data/platform.db --Platform:Blobs:FileSystemRoot=.data/blobs \
  --Platform:DemoAdminPassword="${ADMIN_PASSWORD}" --Platform:DemoAgentSecret="${AGENT_SECRET}" > .data/silo.log 2>&1 &
pids+=($!)
# Movies are whole 1024 px (1024 Å) exposures: the default 512 px central crop holds only ~3 pickable 120 Å particles.
dotnet EdgeAgent/Platform.MicroscopeSimulator/bin/Release/net10.0/Platform.MicroscopeSimulator.dll \
  --port "${SCOPE_PORT}" --data "$(pwd)/.data/scope" --speed 20 --frame-size 1024 > .data/scope.log 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:${PORT}/health" > /dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:${PORT}/health" > /dev/null || { echo "The platform did not start; see .data/silo.log" >&2; exit 1; }
dotnet EdgeAgent/Platform.EdgeAgent/bin/Release/net10.0/Platform.EdgeAgent.dll run --config .data/agent/agent.json > .data/agent.log 2>&1 &
pids+=($!)

cat <<TEXT
The platform is running with a demo facility, a simulated Krios (SerialEM protocol on 127.0.0.1:${SCOPE_PORT}) and its agent.
  GraphQL + GraphiQL: http://127.0.0.1:${PORT}/graphql        Health: http://127.0.0.1:${PORT}/health
  Sign in as the demo facility admin (every GraphQL request needs the token; it lasts 10 minutes):
    TOKEN=\$(curl -s -X POST http://127.0.0.1:${PORT}/connect/token -d grant_type=password -d username=admin@demo.local \\
      -d password=${ADMIN_PASSWORD} | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  Start the demo screening session (the agent drives the simulator through both grids):
    curl -s http://127.0.0.1:${PORT}/graphql -H 'content-type: application/json' -H "authorization: Bearer \$TOKEN" \\
      -d '{"query":"mutation { startSession(input: {sessionId: \"U2Vzc2lvbjpkZW1vLXNlc3Npb24\"}) { session { state } errors { message } } }"}'
  Then watch it: { node(id: "U2Vzc2lvbjpkZW1vLXNlc3Npb24") { ... on Session { state grids { name state } } } }
  and its tracks (state, counters, logs) and uploaded files: { node(id: "U2Vzc2lvbjpkZW1vLXNlc3Npb24") { ... on Session {
    tracks { kind state message progress { itemsDone itemsPending bytesDone bytesPerSecond } logs(last: 3) { message } }
    files(first: 5) { nodes { path sizeBytes downloadUrl } } } } }
  Logs: .data/silo.log  .data/scope.log  .data/agent.log        Ctrl+C stops everything.
TEXT
wait -n "${pids[@]}"
