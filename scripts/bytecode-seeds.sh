#!/usr/bin/env bash
# Regenerates the bytecode fuzzer's seed corpus, Fuzz/Bytecode/Seeds: every program of
# tests/differential (one .mjs or .cjs per family by default, all with ALL=1) is built into a bundle
# with `cruftc build`, and `FuzzBytecode --extract-seeds` writes each module's code section, prefixed
# with its import and handle counts, as one seed. The seeds are committed; rerun this when the
# compiler's output changes (CI only replays them: lit-tests/suites/fuzz-bytecode-seeds.test).
#
# CRUFTC defaults to the release build (built here into SCRATCH_PATH, default .build); FuzzBytecode
# is the normal (replay) build in the same scratch path.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH_PATH:-.build}
if [ -z "${CRUFTC:-}" ]; then
  swift build -c release --product cruftc --scratch-path "$scratch" 2>&1 | grep -E "error|Build" || true
  CRUFTC=$scratch/release/cruftc
fi
swift build --product FuzzBytecode --scratch-path "$scratch" 2>&1 | grep -E "error|Build" || true
extract=$scratch/debug/FuzzBytecode

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$CRUFTC" key generate --out "$tmp/seeds" >/dev/null
out=Fuzz/Bytecode/Seeds
rm -rf "$out"
mkdir -p "$out"
bundles=()
for family in tests/differential/*/; do
  family=${family%/}
  programs=$(ls "$family" | grep -E '\.(mjs|cjs)$' | grep -v '\.lib\.mjs$' || true)
  [ "${ALL:-0}" = 1 ] || programs=$(echo "$programs" | head -1)
  for program in $programs; do
    name="$(basename "$family")-${program%.*}"
    project="$tmp/$name"
    mkdir -p "$project"
    cp "$family"/*.mjs "$family"/*.cjs "$project"/ 2>/dev/null || true
    printf '{"name": "%s", "version": "0.0.0", "type": "module"}\n' "$name" >"$project/package.json"
    printf '{"entry": "%s"}\n' "$program" >"$project/cruft.json"
    if "$CRUFTC" lock --project "$project" >/dev/null 2>&1 &&
      "$CRUFTC" build --project "$project" --key "$tmp/seeds.key" >/dev/null 2>&1; then
      bundles+=("$project/$name.cruft")
    else
      echo "bytecode-seeds: $family/$program does not build; skipped" >&2
    fi
  done
done
"$extract" --extract-seeds "$out" "${bundles[@]}"
