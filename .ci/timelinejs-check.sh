#!/usr/bin/env bash
# Loads Annalist's TimelineJS export of the samples with the real TimelineJS library (npm registry)
# in headless Chromium (Debian package) at 1366x768 and checks that every slide shows its date and
# headline and that the navigator is on screen (src/test/js/timelinejs/check.mjs). Large exports are
# checked in batches of 300 events, one timeline after the other in one Chromium page, every slide
# read from the DOM at once (2,482 slides of 200 news-dev articles: about 5 minutes under load).
# Needs target/annalist.jar (mvn package or verify first). Usage: .ci/timelinejs-check.sh [PATH...]
set -euo pipefail
cd "$(dirname "$0")/.."
TIMELINEJS_VERSION=3.9.11
work=target/timelinejs-check
mkdir -p "$work"

if ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "timelinejs check: chromium is not installed (Debian package chromium)" >&2
    exit 1
  fi
fi
lib="$work/node_modules/@knight-lab/timelinejs"
if [ ! -f "$lib/dist/js/timeline.js" ] || ! grep -q "\"version\": \"$TIMELINEJS_VERSION\"" "$lib/package.json"; then
  npm install --prefix "$work" --no-save --no-audit --no-fund --loglevel=error "@knight-lab/timelinejs@$TIMELINEJS_VERSION" >/dev/null
fi

inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(samples)
status=0
for input in "${inputs[@]}"; do
  name=$(basename "$input")
  java -jar target/annalist.jar export --format timelinejs --out "$work/$name.json" "$input" 2>"$work/$name.err" || {
    rc=$?; [ $rc -eq 1 ] || { cat "$work/$name.err" >&2; exit $rc; }  # 1: some inputs unreadable, rest exported
  }
  node src/test/js/timelinejs/check.mjs --lib "$lib" --json "$work/$name.json" \
      --screenshot "$work/$name.png" --timeout 300 || status=1
done
exit $status
