-- wrk script: page-check.lua that also writes down when each failure happened. GETs the URL as given
-- (headers from wrk's -H options), counts every answer by status class and how many 2xx bodies contain
-- the marker (the signed-in user's name), and appends one line "epoch-second status" for every answer
-- that is not a 2xx with the marker to FILE.<thread> (bench/gateway-failover splits them at the kill).
-- Arguments after "--": marker, file prefix. Prints one "Statuses:" line at the end.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  marker = args[1]
  log = io.open(args[2] .. "." .. id, "w")
  log:setvbuf("line")
  s2xx, s3xx, s4xx, s5xx, marked = 0, 0, 0, 0, 0
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  else
    s2xx = s2xx + 1
    if body and string.find(body, marker, 1, true) then
      marked = marked + 1
      return
    end
  end
  log:write(os.time(), " ", status, "\n")
end

function done(summary, latency, requests)
  local totals = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, marked = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (thread:get(name) or 0)
    end
  end
  io.write(string.format("Statuses: 2xx=%d 3xx=%d 4xx=%d 5xx=%d 2xx-with-marker=%d\n",
    totals.s2xx, totals.s3xx, totals.s4xx, totals.s5xx, totals.marked))
end
