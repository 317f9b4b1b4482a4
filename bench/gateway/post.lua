-- wrk script: POSTs the body in $WRK_BODY_FILE (JSON) to the given URL; $WRK_DELAY_MS adds a per-connection pause
-- between requests (and $WRK_TOKEN, when set, is sent as a bearer token), turning wrk's closed loop into an approximately fixed request rate (connections * 1000 / delay).
-- Non-2xx answers are counted by wrk itself ("Non-2xx or 3xx responses"); run.sh checks the body once beforehand.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("WRK_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
local file = assert(io.open(os.getenv("WRK_BODY_FILE"), "rb"))
wrk.body = file:read("*a")
file:close()
local delay_ms = tonumber(os.getenv("WRK_DELAY_MS") or "0")

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  io.write(string.format("latency p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms; %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
