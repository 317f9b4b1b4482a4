-- wrk script: POSTs the body in $WRK_BODY_FILE (JSON) to the given URL; $WRK_DELAY_MS adds a per-connection pause
-- between requests, turning wrk's closed loop into an approximately fixed request rate (connections * 1000 / delay).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("WRK_BODY_FILE"), "rb"))
wrk.body = file:read("*a")
file:close()
local delay_ms = tonumber(os.getenv("WRK_DELAY_MS") or "0")
local failures = 0

function delay()
  return delay_ms
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 or GraphQL-error responses seen by thread scripts: see wrk's own counts; p50 %.2f ms p90 %.2f ms p99 %.2f ms max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
