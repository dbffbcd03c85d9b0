-- wrk script: page-check.lua with several markers, and optionally a cache-busting query parameter.
-- GETs the URL as given (headers from wrk's -H options) and counts every answer by status class, and
-- how many 2xx bodies contain every marker (e.g. the signed-in user's name and a comment of the page):
-- wrk itself counts only statuses >= 400 as errors, and a page whose comments are unavailable is still
-- a 200. With a tag instead of "-", every request adds b=<tag>-<thread>-<n> to the query, a parameter the
-- page ignores but the gateway's kept anonymous pages are keyed on (AnonymousPages.key), so every answer
-- is rendered (give each run its own tag, so no two runs ask for the same page within its 2 s).
-- Arguments after "--": "-" or the tag, then the markers (none: any 2xx counts as marked).
-- Prints one "Statuses:" line at the end, as page-check.lua does.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  tag = args[1] ~= "-" and args[1] or nil
  markers = {}
  for i = 2, #args do
    table.insert(markers, args[i])
  end
  separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  fixed = wrk.format()
  n = 0
  s2xx, s3xx, s4xx, s5xx, marked = 0, 0, 0, 0, 0
end

function request()
  if not tag then
    return fixed
  end
  n = n + 1
  return wrk.format(nil, wrk.path .. separator .. "b=" .. tag .. "-" .. id .. "-" .. n)
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  else
    s2xx = s2xx + 1
    if body then
      for _, marker in ipairs(markers) do
        if not string.find(body, marker, 1, true) then return end
      end
      marked = marked + 1
    end
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
