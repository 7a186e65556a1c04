#!/usr/bin/env bash
# Parser throughput on the whole DEV corpus, cruftc (release) against acorn on node, in one run:
# the two alternate ROUNDS times (default 5), each parsing every file from memory for 7 passes;
# the median of each engine's rounds is reported with the ratio. Needs scripts/setup.sh done.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-5}
swift build -c release --product cruftc 2>&1 | grep -E "error|warning: " || true
list=$(mktemp)
trap 'rm -f "$list"' EXIT
python3 scripts/corpus-files.py > "$list"
cruft=()
acorn=()
for _ in $(seq "$rounds"); do
  cruft+=("$(.build/release/cruftc parse --stats --passes 7 --files-from "$list" | sed -E 's/^cruftc: ([0-9.]+) MB.*/\1/')")
  acorn+=("$(node scripts/bench-parse-acorn.mjs "$list" | sed -E 's/^acorn: ([0-9.]+) MB.*/\1/')")
done
python3 - "${cruft[*]}" "${acorn[*]}" <<'PY'
import statistics, sys
cruft = [float(x) for x in sys.argv[1].split()]
acorn = [float(x) for x in sys.argv[2].split()]
c, a = statistics.median(cruft), statistics.median(acorn)
print(f"cruftc parse: {c:.1f} MB/s (rounds: {', '.join(f'{x:.1f}' for x in cruft)})")
print(f"acorn (node): {a:.1f} MB/s (rounds: {', '.join(f'{x:.1f}' for x in acorn)})")
print(f"ratio: cruftc parses {c / a:.2f}x as fast as acorn")
PY
