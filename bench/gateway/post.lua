-- wrk script: POSTs the body in $WRK_BODY_FILE (JSON) to the given URL ($WRK_TOKEN, when set, is sent as a bearer token).
-- Pacing, so a latency figure is taken at a known offered rate:
--   $WRK_RATE (requests/s, all threads together): each thread hands its connections send slots on a fixed schedule
--     (one every threads/rate seconds, from the thread's first request); a connection ready to send waits for the next
--     free slot, and goes at once when the schedule is behind (every connection was busy), so the offered rate is the
--     target whatever the latency, as long as enough connections are free (wrk reports the achieved rate);
--   $WRK_DELAY_MS: a fixed pause after each response instead (closed loop: offers connections * 1000 / (delay + latency)).
-- Non-2xx answers are counted by wrk itself ("Non-2xx or 3xx responses"); run.sh checks the body once beforehand.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } wrk_timespec;
  int clock_gettime(int clock_id, wrk_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("wrk_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

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
local rate = tonumber(os.getenv("WRK_RATE") or "0")

-- Each thread paces its own share of the rate: run.sh passes wrk's thread count (-t) as $WRK_THREADS.
local interval_ms, next_slot_ms = 0, nil
if rate > 0 then
  interval_ms = 1000 * tonumber(os.getenv("WRK_THREADS") or "1") / rate
end

function delay()
  if rate <= 0 then
    return delay_ms
  end

  local now = now_ms()
  if next_slot_ms == nil or next_slot_ms < now - 1000 then
    -- First request, or more than a second behind (an overloaded server): restart the schedule rather than burst.
    next_slot_ms = now
  end

  local wait = next_slot_ms - now
  next_slot_ms = next_slot_ms + interval_ms
  return wait > 0 and wait or 0
end

function done(summary, latency, requests)
  io.write(string.format("latency p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms; %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
