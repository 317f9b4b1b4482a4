#!/usr/bin/env bash
# Gateway benchmark. (a) In process: the 50-session page through the platform schema beside a hand-written baseline.
# (b) HTTP on loopback with wrk against the real Silo (Release): the same GraphQL query vs a static-JSON endpoint of
#     the same response body on the same server and the floor (the same page without GraphQL: the reads and a hand-written
#     writer, /bench/floor) (throughput, closed loop), then all three paced at 1,000 req/s (post.lua hands out send slots
#     on a fixed schedule) with wrk's latency distribution, the machine's busy and stolen CPU and the Silo's GC per run.
# Usage: bench/gateway/run.sh [iterations=1000] [seconds=10]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
iterations="${1:-1000}"
seconds="${2:-10}"
log() { echo "bench/gateway: $*" >&2; }
die() { log "$*"; exit 1; }
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  { apt-get update -qq && apt-get install -y -qq wrk; } >/dev/null || die "could not install wrk"
fi

# GATEWAY_BENCH_HTTP_ONLY=1 skips (a); GATEWAY_BENCH_PACED_RUNS=<n> repeats the paced run; GATEWAY_BENCH_TRACE=<file.nettrace> also samples the Silo with dotnet-trace
# (sampled thread time) during one more GraphQL throughput run at the end (read it with `dotnet-trace report <file> topN`);
# GATEWAY_BENCH_PERF=<perf.data> samples it with Linux perf instead (export DOTNET_PerfMapEnabled=1 for managed names;
# read it with `perf report -i <file> --no-children --sort symbol`).
if [ -z "${GATEWAY_BENCH_HTTP_ONLY:-}" ]; then
  echo "== (a) in process"
  dotnet run -c Release --project "$here" -- "$iterations"
fi

echo "== (b) HTTP on loopback (wrk)"
# The Silo runs with the production nodes' runtime settings: the DOTNET_* lines of infra/production/silo.env.example
# (server GC, gen0 budget). GATEWAY_BENCH_RUNTIME_DEFAULTS=1 leaves them out, to measure what they change.
silo_env=()
if [ -z "${GATEWAY_BENCH_RUNTIME_DEFAULTS:-}" ]; then
  mapfile -t silo_env < <(grep -E '^DOTNET_[A-Za-z0-9_]+=' "$repo/infra/production/silo.env.example")
fi
echo "Silo runtime settings: ${silo_env[*]:-runtime defaults}"
dotnet build "$repo/Silo/Platform.Silo" -c Release -nologo -v q >/dev/null || die "the Silo did not build"
work="$(mktemp -d)"
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
silo=""
cleanup() {
  if [ -n "$silo" ] && kill -0 "$silo" 2>/dev/null; then kill -TERM "$silo" 2>/dev/null || true; wait "$silo" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
source "$repo/infra/lib/ports.sh"
start_on() {
  (cd "$work" && exec env "${silo_env[@]}" dotnet "$repo/Silo/Platform.Silo/bin/Release/net10.0/Platform.Silo.dll" --urls "http://127.0.0.1:$1" \
    --Platform:Demo=true --Platform:DemoAdminPassword="$password" --Platform:SqlitePath="$work/platform.db" --Platform:Bench:StaticEndpoint=true \
    --Logging:LogLevel:Default=Warning) >>"$work/silo.log" 2>&1 &
  silo=$!
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0
    kill -0 "$silo" 2>/dev/null || { tail -20 "$work/silo.log" >&2; silo=""; return 1; }
    sleep 0.2
  done
  return 1
}
start_on_free_port "" "$work/silo.log"
url="http://127.0.0.1:$PORT"
# Every GraphQL request needs a signed-in caller: the demo facility admin (tokens last 10 minutes; one is taken per phase).
sign_in() {
  curl -fsS -X POST "$url/connect/token" -d grant_type=password -d username=admin@demo.local -d "password=$password" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}
for _ in $(seq 1 150); do token="$(sign_in 2>/dev/null)" && [ -n "$token" ] && break; sleep 0.2; done
[ -n "${token:-}" ] || die "could not sign in as the demo admin"
gql() { curl -fsS -H 'content-type: application/json' -H "authorization: Bearer $token" --data-binary @- "$url/graphql"; }

# 49 more sessions on the demo booking (the demo has one), each with two grids, all ended so daysLeft is set.
for _ in $(seq 1 150); do
  gql <<<'{"query":"{ facility(key: \"demo\") { session(key: \"demo-session\") { key } } }"}' 2>/dev/null | grep -q demo-session && break
  sleep 0.2
done
booking="$(node -e 'console.log(Buffer.from("Booking:demo-booking").toString("base64url"))')"
ids=("$(node -e 'console.log(Buffer.from("Session:demo-session").toString("base64url"))')")
for i in $(seq -w 1 49); do
  id="$(gql <<<"{\"query\":\"mutation(\$b: ID!){ createSession(input:{bookingId:\$b,name:\\\"bench_$i\\\",groupId:\\\"demo-lab\\\",detectorKey:\\\"k3\\\",requestedByStaff:true}){ session { id } errors { message } } }\",\"variables\":{\"b\":\"$booking\"}}" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).data.createSession;if(!p.session)throw new Error(JSON.stringify(p.errors));console.log(p.session.id)})')"
  for pos in 1 2; do
    gql <<<"{\"query\":\"mutation(\$s: ID!){ addGrid(input:{sessionId:\$s,position:$pos,holeType:\\\"R1.2/1.3\\\",meshSize:300,meshMaterial:GOLD,name:\\\"g$i\\\"}){ errors { message } } }\",\"variables\":{\"s\":\"$id\"}}" >/dev/null
  done
  ids+=("$id")
done
for id in "${ids[@]}"; do
  gql <<<"{\"query\":\"mutation(\$s: ID!){ endSession(input:{sessionId:\$s}){ errors { message } } }\",\"variables\":{\"s\":\"$id\"}}" >/dev/null
done

node -e '
const fs = require("fs");
const query = fs.readFileSync(process.argv[1], "utf8");
fs.writeFileSync(process.argv[2], JSON.stringify({ query, variables: { facility: "demo", first: 50 } }));
' "$here/sessions-query.graphql" "$work/query.json"
curl -fsS -H 'content-type: application/json' -H "authorization: Bearer $token" --data-binary @"$work/query.json" "$url/graphql" >"$work/response.json"
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const s = r.data?.facility?.sessions;
if (r.errors || s.edges.length !== 50 || s.edges.some(e => e.node.daysLeft === null || e.node.grids.length !== 2)) { console.error(JSON.stringify(r).slice(0, 500)); process.exit(1); }
console.log(`query returns 50 sessions with daysLeft and 2 grids each; response ${require("fs").statSync(process.argv[1]).size} bytes`);
' "$work/response.json"
curl -fsS -X PUT -H 'content-type: application/json' --data-binary @"$work/response.json" "$url/bench/static"
# The floor: the same page without GraphQL (the same reads, a hand-written writer), after the same token check. It must be
# the same page, or its figures say nothing about this one.
curl -fsS -X POST -H "authorization: Bearer $token" "$url/bench/floor?facility=demo" >"$work/floor.json"
node -e '
const { isDeepStrictEqual } = require("util");
const [a, b] = process.argv.slice(1).map(f => JSON.parse(require("fs").readFileSync(f, "utf8")));
if (!isDeepStrictEqual(a.data, b.data)) { console.error("the floor page differs from the GraphQL response"); process.exit(1); }
console.log("the floor endpoint returns the same page");
' "$work/response.json" "$work/floor.json"

# CPU seconds (user + system) the Silo process has used so far, from /proc (clock ticks / CLK_TCK).
silo_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$silo/stat"; }
# The machine's CPU counters (the aggregate line of /proc/stat): how busy both cores were during a run, and how much time the
# hypervisor took away (steal), which no change here can win back.
machine_cpu() { head -1 /proc/stat; }
machine_report() { # before after
  awk -v b="$1" -v a="$2" 'BEGIN {
    split(b, x, " "); split(a, y, " "); total = 0
    for (i = 2; i <= 9; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6]); steal = y[9] - x[9]
    if (total > 0) printf "machine: both cores %.0f %% busy, %.1f %% stolen by the hypervisor\n", 100 * (total - idle) / total, 100 * steal / total
  }'
}
run_wrk() { # label path connections delay_ms [rate]
  echo "-- $1: $3 connections, ${5:+paced at $5 req/s, }delay $4 ms, ${seconds}s (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  token="$(sign_in)"
  local before out gc_before
  before="$(silo_cpu)"
  machine_before="$(machine_cpu)"
  gc_before="$(curl -fsS "$url/bench/gc")"
  out="$(WRK_TOKEN="$token" WRK_BODY_FILE="$work/query.json" WRK_DELAY_MS="$4" WRK_RATE="${5:-0}" WRK_THREADS=2 wrk -t2 -c"$3" -d"${seconds}s" --latency -s "$here/post.lua" "$url$2")"
  grep -E "Requests/sec|Non-2xx|Socket errors|latency p50" <<<"$out" || true
  # The Silo's own CPU per request: the figure that decides throughput on 2 shared cores, independent of wrk's share.
  machine_report "$machine_before" "$(machine_cpu)"
  awk -v b="$before" -v a="$(silo_cpu)" '/requests in/ { n = $1 } END { if (n > 0) printf "Silo CPU %.2f s for %d requests: %.3f ms CPU per request\n", a - b, n, (a - b) * 1000 / n }' <<<"$out"
  # The Silo's garbage collections during the run (GET /bench/gc before and after): pauses stop every request in flight.
  node -e '
const [b, a] = [JSON.parse(process.argv[1]), JSON.parse(process.argv[2])];
const n = Number((process.argv[3].match(/(\d+) requests in/) || [0, 0])[1]);
const pause = a.pauseMs - b.pauseMs;
console.log(`Silo GC: ${a.gen0 - b.gen0} gen0, ${a.gen1 - b.gen1} gen1, ${a.gen2 - b.gen2} gen2 collections; paused ${pause.toFixed(1)} ms in all` +
  ` (${(pause / (process.argv[4] * 10)).toFixed(2)} % of the run); ${n > 0 ? ((a.allocatedBytes - b.allocatedBytes) / n / 1024).toFixed(0) : "?"} KB allocated per request`);
' "$gc_before" "$(curl -fsS "$url/bench/gc")" "$out" "$seconds"
}
run_wrk "baseline: static JSON (same body), throughput" /bench/static 16 0
run_wrk "floor: the same page without GraphQL, throughput" "/bench/floor?facility=demo" 16 0
run_wrk "GraphQL sessions page, throughput" /graphql 16 0
# The tail's baselines at the aim's rate: the static body, and the floor (how much of a p99 is this machine and wrk).
run_wrk "baseline: static JSON, paced at 1,000 req/s" /bench/static 16 0 1000
run_wrk "floor: the same page without GraphQL, paced at 1,000 req/s" "/bench/floor?facility=demo" 16 0 1000
# The aim's rate: post.lua paces 16 connections to offer 1,000 req/s in all (send slots on a fixed schedule, so the offered
# rate does not fall as latency rises, unlike a pause after each response); wrk's latency distribution is the figure.
# GATEWAY_BENCH_PACED_RUNS=<n> repeats the paced run n times on the same Silo (the tail varies with the machine's load).
for run in $(seq 1 "${GATEWAY_BENCH_PACED_RUNS:-1}"); do
  run_wrk "GraphQL sessions page, paced at 1,000 req/s (run $run)" /graphql 16 0 1000
done
if [ -n "${GATEWAY_BENCH_TRACE:-}" ]; then
  trace_tool="${DOTNET_TRACE:-/tmp/perf-tools/dotnet-trace}"
  "$trace_tool" collect -p "$silo" --profile dotnet-sampled-thread-time --duration "00:00:00:$(printf %02d "$seconds")" -o "$GATEWAY_BENCH_TRACE" >"$work/trace.log" 2>&1 &
  tracer=$!
  sleep 2
  run_wrk "GraphQL sessions page, throughput, under dotnet-trace (figures perturbed by the profiler)" /graphql 16 0
  wait "$tracer" || { tail -5 "$work/trace.log" >&2; die "dotnet-trace failed"; }
  echo "trace written to $GATEWAY_BENCH_TRACE"
fi
if [ -n "${GATEWAY_BENCH_PERF:-}" ]; then
  perf record -F 999 -g -p "$silo" -o "$GATEWAY_BENCH_PERF" -- sleep "$seconds" >"$work/perf.log" 2>&1 &
  recorder=$!
  run_wrk "GraphQL sessions page, throughput, under perf (figures perturbed by the profiler)" /graphql 16 0
  wait "$recorder" || { tail -5 "$work/perf.log" >&2; die "perf record failed"; }
  echo "perf samples written to $GATEWAY_BENCH_PERF"
fi
