-- wrk script for web/bench/pools.sh: /pools through 506 different pages in turn (23 pages x 11 sorts x 2 directions
-- of the 1,134-pool snapshot), more than the 128 pages the site keeps, so each request renders its page; each wrk
-- thread starts half a cycle after the one before, so two threads never ask for the same page at the same time.
local sorts = {"tvl", "apy", "base", "reward", "mean30", "sustainable", "probDown", "flags", "project", "chain", "symbol"}
local threads = 0

function setup(thread)
  thread:set("start", threads * 253)
  threads = threads + 1
end

function init(args)
  i = start
end

function request()
  i = i + 1
  local sort = sorts[(i % #sorts) + 1]
  local page = (math.floor(i / #sorts) % 23) + 1
  local dir = (math.floor(i / (#sorts * 23)) % 2 == 0) and "desc" or "asc"
  return wrk.format("GET", "/pools?sort=" .. sort .. "&dir=" .. dir .. "&page=" .. page)
end
