#!/usr/bin/env bash
# Times three commands as a user runs them (java -jar, whole process, output to /dev/null): the median of 5 runs
# after one warm-up run (hyperfine when installed, else plain bash timing), each plain and with the class-data
# sharing archive the build writes beside the jar (-XX:SharedArchiveFile=planner/target/yieldplan.jsa). Targets on a
# 2-core machine:
#   income --template income-core --amount 300000                 <= 0.4 s
#   plan --scenario samples/scenarios/early-retirement.json       <= 1.5 s
#   holdings FILE (a 100,000-row .xlsx, written here)               <= 1.5 s
# Not run by CI. Usage: bash bench/commands.sh [RUNS]   (builds planner/target/yieldplan.jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar=planner/target/yieldplan.jar
archive=planner/target/yieldplan.jsa
if [ ! -f "$jar" ] || [ ! -f "$archive" ]; then
  mvn -q -B -DskipTests package -pl planner
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
xlsx="$work/holdings-100k.xlsx"
java -cp "$jar" bench/MakeHoldings.java "$xlsx" 100000

echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)  cores: $(nproc 2>/dev/null || echo '?')  $(java -version 2>&1 | head -1)"
commands=()
for java in "java" "java -XX:SharedArchiveFile=$archive"; do
  commands+=(
    "$java -jar $jar income --template income-core --amount 300000"
    "$java -jar $jar plan --scenario samples/scenarios/early-retirement.json --quiet"
    "$java -jar $jar holdings $xlsx"
  )
done

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/h.json" "${commands[@]}" >/dev/null
  python3 - "$work/h.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median']:.3f} s  (min {r['min']:.3f}, max {r['max']:.3f}; CPU user+sys {r['user'] + r['system']:.3f} s)  {r['command']}")
PY
else
  for c in "${commands[@]}"; do
    $c >/dev/null 2>&1 || { echo "failed: $c"; exit 1; }   # warm-up (file cache)
    times=()
    for ((i = 0; i < runs; i++)); do
      t0=$(date +%s%N)
      $c >/dev/null 2>&1
      t1=$(date +%s%N)
      times+=($(( (t1 - t0) / 1000000 )))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    median=${sorted[$(( runs / 2 ))]}
    printf 'median %d.%03d s  (runs in ms: %s)  %s\n' $((median / 1000)) $((median % 1000)) "${times[*]}" "$c"
  done
fi
