#!/usr/bin/env bash
# Regenerates the screenshots in docs/: the scenario list and the five sample scenario pages, from a locally
# started site (headless Chromium), and the early-retirement workbook's Summary sheet (LibreOffice → PDF → PNG).
# Not run by CI. Needs a built jar (mvn -q -DskipTests package), chromium, and for the workbook soffice and pdftoppm.
#
#   bash docs/screenshots.sh [PORT]        (default port 7190)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-7190}"
jar=web/target/yieldplan-web.jar
cli=planner/target/yieldplan.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 2; }
command -v chromium >/dev/null || { echo "chromium is needed (apt-get install chromium)" >&2; exit 2; }
work="$(mktemp -d)"
java -jar "$jar" --port "$port" --data-dir "$work/data" >"$work/site.log" 2>&1 &
site=$!
trap 'kill "$site" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 1
done
shot() {   # shot URL-PATH FILE HEIGHT
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --hide-scrollbars --user-data-dir="$work/chrome" --window-size="1280,$3" \
    --virtual-time-budget=5000 --screenshot="$2" "http://127.0.0.1:$port$1" 2>/dev/null
  echo "wrote $2"
}
shot / docs/home.png 900
for id in supplemental-income early-retirement financial-independence retiree monthly-saver; do
  shot "/scenarios/$id" "docs/scenario-$id.png" 4200
done
cp docs/scenario-early-retirement.png docs/scenario.png
if command -v soffice >/dev/null && command -v pdftoppm >/dev/null && [ -f "$cli" ]; then
  java -jar "$cli" workbook --scenario samples/scenarios/early-retirement.json --out "$work/early-retirement.xlsx"
  # the Summary is the first sheet and prints on one page: page 1 of the PDF
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" "$work/early-retirement.xlsx" >/dev/null
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/early-retirement.pdf" docs/workbook-summary
  echo "wrote docs/workbook-summary.png"
fi
