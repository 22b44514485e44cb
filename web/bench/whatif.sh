#!/usr/bin/env bash
# Latency of the instant what-if (not a test): POST /api/scenarios/{id}/what-if on a sample with a
# withdrawal plan, one request at a time, after a warm-up; prints the median, the 90th and 95th percentiles.
# Target on a 2-core machine: <= 300 ms each. Report the load average with the figures.
#
#   mvn -q -DskipTests package && web/bench/whatif.sh         # starts the jar on a free port, then stops it
#   URL=http://localhost:7070 PID=1234 web/bench/whatif.sh    # or against a site already running (PID: its process)
set -euo pipefail
cd "$(dirname "$0")/../.."
SCENARIO="${SCENARIO:-early-retirement}"
RUNS="${RUNS:-30}"

. web/bench/site.sh 7198

curl -fs -o /dev/null "$URL/api/scenarios/$SCENARIO"            # compute and cache the saved result first
ask() { curl -fs -o /dev/null -w '%{time_total}\n' -X POST "$URL/api/scenarios/$SCENARIO/what-if" \
          -H 'Content-Type: application/json' -d "{\"annualUsd\": $1, \"startAfterYears\": $2}"; }
for i in $(seq 1 10); do ask $((20000 + i * 1000)) 1 >/dev/null; done   # warm up the JIT
pid="${PID:-$started}"   # the server's process, for its CPU time (the wall time depends on what else runs)
cpu() { if [ -n "$pid" ]; then awk '{print $14 + $15}' "/proc/$pid/stat"; else echo 0; fi; }
before=$(cpu)
times=$(for i in $(seq 1 "$RUNS"); do ask $((15000 + i * 1500)) $((i % 5)); done | sort -n)
after=$(cpu)
echo "what-if on $SCENARIO, $RUNS requests; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$pid" ] && echo "server CPU time: $(( (after - before) * 1000 / $(getconf CLK_TCK) / RUNS )) ms a request (all threads)"
echo "median $(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s, p90 $(echo "$times" | awk '{a[NR]=$1} END {print a[int(NR*0.9)]}') s, p95 $(echo "$times" | awk '{a[NR]=$1} END {i=int(NR*0.95+0.5); print a[i<1?1:i]}') s, max $(echo "$times" | tail -1) s"
