-- wrk script: authenticated comment POSTs, each with its own Idempotency-Key, spread over many
-- citizens' tokens. Arguments after "--": tokens file (one access token a line), forum slug,
-- comment text file. Counts answers by status and prints them at the end.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(tokens, line) end
  end
  slug = args[2]
  local file = io.open(args[3], "r")
  text = file:read("*a"):gsub("%s+$", ""):gsub('"', '\\"')
  file:close()
  run = string.format("wrk%d-%d", os.time(), id)
  counter = 0
  s201, s429, s4xx, s5xx, other = 0, 0, 0, 0, 0
end

function request()
  counter = counter + 1
  local token = tokens[(counter * 7 + id) % #tokens + 1]
  local body = string.format('{"eventSlug":"%s","body":"%s (%s-%d)","language":"ru"}', slug, text, run, counter)
  return wrk.format("POST", wrk.path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = run .. "-" .. counter,
  }, body)
end

function response(status, headers, body)
  if status == 201 then s201 = s201 + 1
  elseif status == 429 then s429 = s429 + 1
  elseif status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local totals = { s201 = 0, s429 = 0, s4xx = 0, s5xx = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (thread:get(name) or 0)
    end
  end
  io.write(string.format("Statuses: 201=%d 429=%d other4xx=%d 5xx=%d other=%d\n",
    totals.s201, totals.s429, totals.s4xx, totals.s5xx, totals.other))
end
