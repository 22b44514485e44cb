#!/usr/bin/env bash
# Load benchmark of the site on loopback (not a test): a scenario page and its JSON.
# Target on a 2-core machine: >= 500 requests/s with p99 <= 50 ms for each.
#
#   mvn -q -DskipTests package && web/bench/wrk.sh            # starts the jar on a free port, then stops it
#   URL=http://localhost:7070 web/bench/wrk.sh                # or against a site already running
#
# Needs wrk (apt-get install wrk). Each run is bounded: DURATION seconds per URL (default 15).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${DURATION:-15}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SCENARIO="${SCENARIO:-supplemental-income}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

. web/bench/site.sh 7199

for path in "/scenarios/$SCENARIO" "/api/scenarios/$SCENARIO"; do
  curl -fs -o /dev/null "$URL$path"                       # compute and cache the result first
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$URL$path" >/dev/null   # warm up the JIT
  echo "== $path ($DURATION s, $THREADS threads, $CONNECTIONS connections)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL$path" | grep -E 'Requests/sec|Transfer/sec|Latency|50%|75%|90%|99%|Non-2xx|Socket errors'
done
