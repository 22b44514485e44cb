#!/usr/bin/env bash
# Load benchmark of the site on loopback (not a test).
#   1. a scenario page and its JSON: target >= 500 requests/s with p99 <= 50 ms each on a 2-core machine;
#   2. with SEED stored scenarios (default 10,000, all owned by the benchmark's browser, so "/" lists a page
#      of them): "/" and "/api/health", target >= 3,000 requests/s with p99 <= 30 ms each.
#
#   mvn -q -DskipTests package && web/bench/wrk.sh            # starts the jar on a free port, then stops it
#   URL=http://localhost:7070 web/bench/wrk.sh                # or against a site already running
#   SEED=0 web/bench/wrk.sh                                   # skip the seeding (and part 2's figures mean less)
#
# Needs wrk (apt-get install wrk) and curl. Each run is bounded: DURATION seconds per URL (default 15).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${DURATION:-15}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SCENARIO="${SCENARIO:-supplemental-income}"
SEED="${SEED:-10000}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

. web/bench/site.sh 7199

run() {   # run PATH [wrk options...]
  local path="$1"; shift
  curl -fs -o /dev/null "$@" "$URL$path" || true            # compute and cache the result first
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" "$URL$path" >/dev/null   # warm up the JIT
  echo "== $path ($DURATION s, $THREADS threads, $CONNECTIONS connections)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$URL$path" \
    | grep -E 'Requests/sec|Transfer/sec|Latency|50%|75%|90%|99%|Non-2xx|Socket errors'
}

for path in "/scenarios/$SCENARIO" "/api/scenarios/$SCENARIO"; do run "$path"; done

# one browser's owner token: every seeded scenario is theirs
token="$(curl -fs -X POST "$URL/api/scenarios" -H 'Content-Type: application/json' \
  -d '{"name": "Seed 0", "amountUsd": 100000, "template": "income-core", "horizonYears": 10}' \
  | sed -E 's/.*"ownerToken":"([^"]+)".*/\1/')"
if [ "$SEED" -gt 1 ]; then
  echo "== seeding $SEED scenarios"
  seq 2 "$SEED" | xargs -P 4 -I{} curl -fs -o /dev/null -X POST "$URL/api/scenarios" -H 'Content-Type: application/json' \
    -H "X-Owner-Token: $token" -d '{"name": "Seed {}", "amountUsd": {}000, "template": "income-core", "horizonYears": 10}'
fi
curl -fs "$URL/api/health"; echo
for path in "/" "/api/health"; do run "$path" -H "Cookie: yp_owner=$token"; done
