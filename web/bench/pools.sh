#!/usr/bin/env bash
# Load benchmark of the pool screen on loopback (not a test): /pools (the page), a filtered and sorted page,
# /api/pools, and /pools through 506 different pages in turn (pools-pages.lua: more than the 128 pages the site keeps,
# so every request renders), over the bundled 1,134-pool DeFiLlama snapshot. Target: >= 1,000 requests/s each on a
# 2-core machine.
#
#   mvn -q -DskipTests package && web/bench/pools.sh          # starts the jar on PORT (default 7218), then stops it
#   URL=http://localhost:7070 web/bench/pools.sh              # or against a site already running
#
# Needs wrk (apt-get install wrk) and curl. DURATION seconds per URL (default 15); prints the load average with
# each figure, since other work on the machine lowers them.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${DURATION:-15}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

. web/bench/site.sh 7218

run() {   # run PATH [wrk options...]
  local path="$1"; shift
  curl -fs -o /dev/null "$URL$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" "$URL$path" >/dev/null   # warm up the JIT
  echo "== $path $* ($DURATION s, $THREADS threads, $CONNECTIONS connections)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$URL$path" \
    | grep -E 'Requests/sec|Transfer/sec|Latency|50%|99%|Non-2xx|Socket errors'
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}

for path in "/pools" "/pools?chain=Ethereum&flag=any&sort=apy&dir=desc&page=2" "/api/pools?stablecoin=true&sort=probDown"; do
  run "$path"
done
run "/pools" -s web/bench/pools-pages.lua
