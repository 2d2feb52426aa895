#!/bin/sh
# Renders an apim-migrate report.html in headless Chromium and writes a PNG beside it, to check the page's layout
# (outcome banner first, summary table, folded SQL, no text running out of its cell) before it goes to a change ticket.
#
#   scripts/report-screenshot.sh <report.html> [width] [height]
#
# Needs Chromium (Debian: apt-get install -y chromium). The browser gets a fresh, empty profile and no network
# features, so the page is shown exactly as it is: the report fetches nothing.
set -eu
report=${1:?usage: $0 <report.html> [width] [height]}
width=${2:-1280}
height=${3:-2400}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "No Chromium found: install it (Debian: apt-get install -y chromium)." >&2
    exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
png="${report%.html}.png"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
    --window-size="$width,$height" --screenshot="$png" "file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")" \
    >/dev/null 2>&1
echo "$png"
