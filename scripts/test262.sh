#!/usr/bin/env bash
# Runs test262's built-ins tests through cruft (docs/conformance.md): builds test262-runner in
# release mode, then runs it with the intrinsics unfrozen (the conformance number) and frozen (what
# cruftvm runs), printing each table and writing each run's results to OUT (default .build/test262).
#
# usage: scripts/test262.sh TEST262_CHECKOUT [test262-runner options...]
#   e.g. scripts/test262.sh ~/src/test262 --filter built-ins/Array --jobs 4
# The checkout is a clone (or an unpacked archive) of https://github.com/tc39/test262; it is never
# committed here. Extra options go to both runs; OUT=DIR changes where the results go, and
# MODES="unfrozen" (or "frozen") runs only one configuration.
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1/harness/assert.js" ]]; then
  echo "usage: scripts/test262.sh TEST262_CHECKOUT [test262-runner options...]" >&2
  echo "  (TEST262_CHECKOUT must hold test/ and harness/; clone https://github.com/tc39/test262)" >&2
  exit 2
fi
test262=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")/.."

echo "== building test262-runner (release)"
swift build -c release --product test262-runner 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
runner=.build/release/test262-runner
out=${OUT:-.build/test262}
mkdir -p "$out"

for mode in ${MODES:-unfrozen frozen}; do
  flag=()
  [[ $mode == frozen ]] && flag=(--frozen)
  echo
  echo "== intrinsics $mode (results: $out/$mode.json, report: $out/$mode.txt)"
  "$runner" --test262 "$test262" "${flag[@]}" --results "$out/$mode.json" "$@" | tee "$out/$mode.txt"
done
