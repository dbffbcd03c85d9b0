-- wrk script: GETs the URL as given (headers from wrk's -H options) and counts every answer by status
-- class, and how many 2xx bodies contain a marker (e.g. the signed-in user's name). wrk itself counts
-- only statuses >= 400 as errors, so a 302 to the login page would pass unnoticed without this.
-- Argument after "--": the marker (optional). Prints one "Statuses:" line at the end.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  marker = args[1]
  s2xx, s3xx, s4xx, s5xx, marked = 0, 0, 0, 0, 0
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  else
    s2xx = s2xx + 1
    if marker and body and string.find(body, marker, 1, true) then marked = marked + 1 end
  end
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
