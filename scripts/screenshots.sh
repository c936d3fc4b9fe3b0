#!/bin/sh
# Regenerates the README's screenshots from the demo workspace with the app's own --screenshot
# option (no display needed). Usage: sh scripts/screenshots.sh [BIN_DIR]   (default build/release/bin)
set -eu
cd "$(dirname "$0")/.."
bin=$(cd "${1:-build/release/bin}" && pwd)
out=docs/screenshots
# A short fixed folder: the Reports tab shows where its files went.
scratch="${TMPDIR:-/tmp}/costline-demo"
rm -rf "$scratch" && mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT

# A fixed last day keeps the pictures the same from one run to the next.
"$bin/costline-cli" demo --out "$scratch/demo.costline" --end 2026-11-24 >/dev/null
# The Reports tab with a report written and a schedule, as an analyst's would look.
mkdir -p "$scratch/Reports"
(cd "$scratch/Reports" && "$bin/costline-cli" report chargeback --workspace ../demo.costline \
    --from 2026-11-01 --to 2026-11-24 --format pdf --out chargeback-2026-11.pdf) >/dev/null 2>&1
"$bin/costline-cli" report schedule add chargeback --workspace "$scratch/demo.costline" --cadence monthly \
    --folder "$scratch/Reports" >/dev/null 2>&1
mkdir -p "$out"
for tab in "Overview" "Cost drivers" "Cost signals" "Usage events" "Forecast" "Unit economics" \
           "Allocation" "Data health" "Reports"; do
    file="$out/$(echo "$tab" | tr 'A-Z ' 'a-z-').png"
    HOME="$scratch" QT_QPA_PLATFORM=offscreen "$bin/costline" --workspace "$scratch/demo.costline" \
        --tab "$tab" --screenshot "$file"
    echo "wrote $file"
done
