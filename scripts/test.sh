#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (scripts/setup.sh), builds cruft, and runs every test:
# the XCTest unit tests, then the lit golden tests (which include the parse suite checked against
# acorn and V8, the whole DEV corpus, and the fuzz seed replay). Ends with `N passed, M failed`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== build (debug, with tests)"
swift build --build-tests 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
# cruftvm loads the JIT library from its own directory for bundles with native code.
swift build --product CruftJIT 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
test -x .build/debug/cruftc || { echo "test: the build failed" >&2; exit 1; }
test -f .build/debug/libCruftJIT.so || { echo "test: libCruftJIT.so was not built" >&2; exit 1; }

echo "== unit tests (swift test)"
unit_log=$(mktemp)
trap 'rm -f "$unit_log" "$lit_log"' EXIT
set +e
swift test --skip-build 2>&1 | tee "$unit_log" | grep -E "error:|failed|Executed .* tests" | tail -20
unit_status=${PIPESTATUS[0]}
set -e

echo "== golden tests (lit)"
lit_log=$(mktemp)
set +e
lit -sv lit-tests 2>&1 | tee "$lit_log" | grep -vE '^PASS: '
lit_status=${PIPESTATUS[0]}
set -e

unit_line=$(grep -E "^\s*Executed [0-9]+ tests?, with [0-9]+ failures?" "$unit_log" | tail -1)
unit_total=$(echo "$unit_line" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/')
unit_failed=$(echo "$unit_line" | sed -E 's/.*with ([0-9]+) failures?.*/\1/')
lit_passed=$(grep -E "^\s*Passed\s*:" "$lit_log" | sed -E 's/[^0-9]*([0-9]+).*/\1/' || true)
lit_failed=$(grep -E "^\s*Failed\s*:" "$lit_log" | sed -E 's/[^0-9]*([0-9]+).*/\1/' || true)
unit_total=${unit_total:-0}; unit_failed=${unit_failed:-0}; lit_passed=${lit_passed:-0}; lit_failed=${lit_failed:-0}
if [ "$unit_status" -ne 0 ] && [ "$unit_failed" -eq 0 ]; then unit_failed=1; fi
if [ "$lit_status" -ne 0 ] && [ "$lit_failed" -eq 0 ]; then lit_failed=1; fi
passed=$((unit_total - unit_failed + lit_passed))
failed=$((unit_failed + lit_failed))
echo "== summary: unit $((unit_total - unit_failed))/$unit_total, lit $lit_passed passed, $lit_failed failed"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
