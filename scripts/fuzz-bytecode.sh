#!/usr/bin/env bash
# Builds the bytecode verifier's libFuzzer target with AddressSanitizer (into SCRATCH_PATH, default
# .build-fuzz) and fuzzes it for SECONDS_TO_FUZZ seconds (default 600), starting from the committed
# seed corpus Fuzz/Bytecode/Seeds (real compiled programs; scripts/bytecode-seeds.sh regenerates it).
# Each input is decoded and verified, and a module the verifier accepts is run under a small step and
# heap budget, so that an out-of-bounds access the verifier should have prevented is an ASan report.
# New inputs go to SCRATCH_PATH/bytecode-corpus; a crash leaves a bytecode-crash-* file there and a
# non-zero exit. FUZZ_FLAGS adds libFuzzer flags (-fork=1 -ignore_crashes=1 keeps going after a
# crash); FUZZ_BYTECODE_RUN_ALL=1 also runs modules with the instructions the interpreter does not
# check yet (FuzzingHarness.opcodesKnownToCrash). CI replays the seeds through the normal
# build instead (lit-tests/suites/fuzz-bytecode-seeds.test).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_TO_FUZZ:-${1:-600}}
scratch=${SCRATCH_PATH:-.build-fuzz}
swift build --product FuzzBytecode --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | grep -E "error|Compiling|Build" || true
mkdir -p "$scratch/bytecode-corpus"
export SWIFT_BACKTRACE=enable=no
exec "$scratch/debug/FuzzBytecode" "$scratch/bytecode-corpus" Fuzz/Bytecode/Seeds \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
  -artifact_prefix="$scratch/bytecode-" ${FUZZ_FLAGS:-}
