#!/usr/bin/env bash
# Load benchmark of the site on loopback (not a test).
#   1. a scenario page and its JSON: target >= 500 requests/s with p99 <= 50 ms each on a 2-core machine;
#   2. with SEED stored scenarios (default 10,000, all owned by the benchmark's browser, so "/" lists a page
#      of them): "/" and "/api/health", target >= 3,000 requests/s with p99 <= 30 ms each;
#   3. "/api/health" while 10 heavy simulations (20,000 paths x 40 years, Student-t: within the cost budget, seconds
#      each) and 10 oversized ones (50,000 paths x 100 years: refused by the budget) are asked for at once: target
#      p99 <= 50 ms; the answers to the 20 requests are counted by status (201, 422 or 503).
# The load average is printed before each figure: the machine is shared, and the figures mean little when it is busy.
#
#   mvn -q -DskipTests package && web/bench/wrk.sh            # starts the jar on a free port, then stops it
#   URL=http://localhost:7070 web/bench/wrk.sh                # or against a site already running
#   SEED=0 web/bench/wrk.sh                                   # skip the seeding (and part 2's figures mean less)
#   PARTS="3" web/bench/wrk.sh                                # only some parts (default "1 2 3")
#
# Needs wrk (apt-get install wrk) and curl. Each run is bounded: DURATION seconds per URL (default 15).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${DURATION:-15}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SCENARIO="${SCENARIO:-supplemental-income}"
SEED="${SEED:-10000}"
PARTS="${PARTS:-1 2 3}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

. web/bench/site.sh 7199

run() {   # run PATH [wrk options...]
  local path="$1"; shift
  curl -fs -o /dev/null "$@" "$URL$path" || true            # compute and cache the result first
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" "$URL$path" >/dev/null   # warm up the JIT
  echo "== $path ($DURATION s, $THREADS threads, $CONNECTIONS connections; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$URL$path" \
    | grep -E 'Requests/sec|Transfer/sec|Latency|50%|75%|90%|99%|Non-2xx|Socket errors'
}

part() { [[ " $PARTS " == *" $1 "* ]]; }

if part 1; then
  for path in "/scenarios/$SCENARIO" "/api/scenarios/$SCENARIO"; do run "$path"; done
fi

if part 2; then
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
fi

if part 3; then
  plan='"withdrawal": {"strategy": {"type": "constant-amount", "annualUsd": 40000, "inflationAdjusted": true}}'
  heavy="{\"name\": \"Heavy\", \"amountUsd\": 1000000, \"template\": \"income-core\", \"horizonYears\": 40, $plan,
    \"simulation\": {\"paths\": 20000, \"shocks\": \"student-t\"}}"
  oversized="${heavy/\"horizonYears\": 40/\"horizonYears\": 100}"
  oversized="${oversized/\"paths\": 20000/\"paths\": 50000}"
  answers="$(mktemp)"
  posts=()
  for _ in $(seq 1 10); do
    for body in "$heavy" "$oversized"; do
      curl -s -o /dev/null -w '%{http_code}\n' -m 120 -X POST "$URL/api/scenarios" -H 'Content-Type: application/json' \
        -d "$body" >>"$answers" &
      posts+=($!)
    done
  done
  sleep 0.5
  echo "== /api/health while 10 heavy and 10 oversized simulations are asked for ($DURATION s, $THREADS threads,"\
    "$CONNECTIONS connections; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL/api/health" \
    | grep -E 'Requests/sec|Latency|50%|75%|90%|99%|Non-2xx|Socket errors'
  wait "${posts[@]}"
  echo "answers to the 20 simulation requests (count, status): $(sort "$answers" | uniq -c | tr -s ' \n' ' ')"
  rm -f "$answers"
fi
