#!/usr/bin/env bash
# The 100,000-row holdings upload on the site (not a test): starts the jar with -Xmx1g under /usr/bin/time -v,
# uploads the file bench/MakeHoldings.java writes, then fetches the scenario page, its JSON (first page), the whole
# JSON and the workbook, and prints each time with the server's peak RSS. Target: all of it with the JVM under 1 GB.
#
#   mvn -q -DskipTests package && web/bench/upload.sh            # ROWS=100000, PORT=7198 by default
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${ROWS:-100000}"
PORT="${PORT:-7198}"
URL="http://127.0.0.1:$PORT"
work="$(mktemp -d)"
java -cp planner/target/yieldplan.jar bench/MakeHoldings.java "$work/holdings.xlsx" "$ROWS" 2>/dev/null
/usr/bin/time -v -o "$work/time.txt" java -Xmx1g -jar web/target/yieldplan-web.jar --port "$PORT" --data-dir "$work/data" \
  >"$work/server.log" 2>&1 &
timed=$!
trap 'kill "$(pgrep -P "$timed" java)" 2>/dev/null; wait "$timed" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "$URL/api/health" && break; sleep 0.5; done
while [ "$(curl -fs "$URL/api/health" | sed -E 's/.*"computing":([0-9]+).*/\1/')" != 0 ]; do sleep 1; done   # samples
echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $ROWS rows ($(stat -c %s "$work/holdings.xlsx") bytes)"
fetch() {   # fetch NAME PATH [curl options...]
  local name="$1" path="$2"; shift 2
  curl -s -o "$work/out" -w "$name: %{http_code}, %{time_total} s, %{size_download} bytes\n" "$@" "$URL$path"
}
fetch upload /api/holdings -c "$work/cookies" -F "file=@$work/holdings.xlsx"
id="$(sed -nE 's/.*"id":"([^"]+)".*/\1/p' "$work/out")"
[ -n "$id" ] || { echo "no scenario: $(head -c 300 "$work/out")"; exit 1; }
fetch page "/scenarios/$id" -b "$work/cookies"
fetch "json (first page)" "/api/scenarios/$id" -b "$work/cookies"
fetch "whole json" "/scenarios/$id/result.json" -b "$work/cookies"
fetch workbook "/scenarios/$id/projection.xlsx" -b "$work/cookies"
kill "$(pgrep -P "$timed" java)"; wait "$timed" || true
grep -E "Maximum resident" "$work/time.txt"
