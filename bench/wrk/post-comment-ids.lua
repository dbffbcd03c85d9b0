-- wrk script: post-comment.lua that also keeps every acknowledgement. Authenticated comment POSTs, each
-- with its own Idempotency-Key "<run>-<thread>-<n>" (the body ends with the same "(<run>-<thread>-<n>)"),
-- spread over many citizens' tokens (token line (n * 7 + thread) % count + 1, so a key names its token).
-- Every 201 answer appends "epoch-second id key" to FILE.<thread> (id and key read from the answer's
-- body), so the caller can look each acknowledged comment up in the database afterwards.
-- Arguments after "--": tokens file (one access token a line), forum slug, comment text file, run
-- label, file prefix. Counts answers by status and prints them at the end.

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
  run = args[4] .. "-" .. id
  keypattern = "%((" .. (run:gsub("%-", "%%-")) .. '%-%d+)%)"'
  acked = io.open(args[5] .. "." .. id, "w")
  acked:setvbuf("line")
  counter = 0
  s201, s429, s4xx, s5xx, other, unread = 0, 0, 0, 0, 0, 0
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
  if status == 201 then
    s201 = s201 + 1
    local comment = body and body:match('"id":(%d+)')
    local key = body and body:match(keypattern)
    if comment and key then
      acked:write(os.time(), " ", comment, " ", key, "\n")
    else
      unread = unread + 1
      acked:write(os.time(), " unreadable-201 ", ((body or ""):sub(1, 300):gsub("\n", " ")), "\n")
    end
  elseif status == 429 then s429 = s429 + 1
  elseif status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local totals = { s201 = 0, s429 = 0, s4xx = 0, s5xx = 0, other = 0, unread = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (thread:get(name) or 0)
    end
  end
  io.write(string.format("Statuses: 201=%d 429=%d other4xx=%d 5xx=%d other=%d (201 without id and key in the body: %d)\n",
    totals.s201, totals.s429, totals.s4xx, totals.s5xx, totals.other, totals.unread))
end
