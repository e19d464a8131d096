-- Requests taken in turn from a file of "host path" lines (wrk ... -- <file>), each thread
-- starting at its own place, so a run over many pages hits each page about once.
-- done() prints one JSON line that bench/run.py reads.

local requests = {}
local counter = 0
local thread_number = 0
local threads = {}

function setup(thread)
   thread:set("thread_number", thread_number)
   thread_number = thread_number + 1
   table.insert(threads, thread)
end

function init(args)
   for line in io.lines(args[1]) do
      local host, path = line:match("^(%S+)%s+(%S+)$")
      if host then
         table.insert(requests, wrk.format("GET", path, {["Host"] = host}))
      end
   end
   -- args[3]: where this run starts in the pool (bench/run.py picks it at random, so that
   -- consecutive runs do not ask for the same pages first).
   local start = tonumber(args[3] or "0")
   counter = math.floor(start + #requests * thread_number / tonumber(args[2] or "2")) % #requests
end

function request()
   counter = counter + 1
   if counter > #requests then
      counter = 1
   end
   return requests[counter]
end

function done(summary, latency, requests_)
   local seconds = summary.duration / 1e6
   local errors = summary.errors
   io.write(string.format(
      '{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p90_ms": %.2f, ' ..
      '"p99_ms": %.2f, "max_ms": %.2f, "non_2xx_3xx": %d, "socket_errors": %d}\n',
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000,
      errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
