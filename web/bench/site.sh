# Sourced by the bench scripts: unless URL is set, starts the built jar on PORT (default $1) with a
# fresh data folder, waits for it to answer, and stops it on exit. Sets URL and started (the pid, or "").
started=""
if [ -z "${URL:-}" ]; then
  port="${PORT:-$1}"
  data="$(mktemp -d)"
  java -jar web/target/yieldplan-web.jar --port "$port" --data-dir "$data" >"$data/server.log" 2>&1 &
  started=$!
  trap 'kill "$started" 2>/dev/null; wait "$started" 2>/dev/null; rm -rf "$data"' EXIT
  URL="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do curl -fs "$URL/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
fi
