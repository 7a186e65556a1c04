#!/usr/bin/env bash
# Builds the parser's libFuzzer target with AddressSanitizer (into .build-fuzz) and fuzzes it for
# SECONDS (default 600), starting from the parse suite and the golden-test inputs. New inputs go to
# .build-fuzz/corpus; a crash leaves a crash-* file and a non-zero exit. CI replays the seeds
# through the normal build instead (lit-tests/suites/fuzz-seeds.test).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_TO_FUZZ:-${1:-600}}
swift build --product FuzzParser --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | grep -E "error|Compiling|Build" || true
mkdir -p .build-fuzz/corpus
export SWIFT_BACKTRACE=enable=no
exec .build-fuzz/debug/FuzzParser .build-fuzz/corpus tests/parse-suite/valid tests/parse-suite/invalid \
  lit-tests/parse lit-tests/diagnostics -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=.build-fuzz/
