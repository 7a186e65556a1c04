#!/usr/bin/env bash
# Time to verify a bundle of 1 000 modules (about 8 MB of code, 3.5 MB on disk) with cruftvm verify
# (release build: structure, signature, every compressed and inflated digest), against sha512sum
# over the same file, in one run: ROUNDS alternating rounds (default 7), medians reported with the
# ratio. cruftvm verify of the three-module sample is the process's fixed cost (start, trust, output).
# SCRATCH_PATH picks the build directory (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-7}
scratch=${SCRATCH_PATH:-.build}
swift build -c release --scratch-path "$scratch" --product cruftvm 2>&1 | grep -E "error|warning: " || true
swift build -c release --scratch-path "$scratch" --product FuzzBundle 2>&1 | grep -E "error|warning: " || true
bin="$scratch/release"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/FuzzBundle" --write-fixtures "$work" > /dev/null
mkdir -p "$work/config"
python3 - "$bin/cruftvm" "$work" "$rounds" <<'PY'
import os, statistics, subprocess, sys, time
cruftvm, work, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
bundle = os.path.join(work, "modules-1000.cruft")
key = os.path.join(work, "keys", "builder.pub")
env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"))

def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start

commands = {
    "cruftvm verify (1 000 modules)": [cruftvm, "verify", bundle, "--trust", key],
    "sha512sum (same file)": ["sha512sum", bundle],
    "cruftvm verify (3 modules)": [cruftvm, "verify", os.path.join(work, "app.cruft"), "--trust", key],
}
for command in commands.values():
    timed(command)  # warm the page cache and the binaries
times = {name: [] for name in commands}
for _ in range(rounds):
    for name, command in commands.items():
        times[name].append(timed(command))
size = os.path.getsize(bundle)
print(f"bundle: 1 000 modules, {size} bytes on disk; {rounds} rounds, medians")
medians = {}
for name, values in times.items():
    medians[name] = statistics.median(values)
    print(f"{name}: {medians[name] * 1000:.1f} ms (rounds: {', '.join(f'{v * 1000:.1f}' for v in values)})")
verify, sha, fixed = medians.values()
print(f"ratio: cruftvm verify takes {verify / sha:.1f}x the time of sha512sum; "
      f"{(verify - fixed) / sha:.1f}x without cruftvm's fixed cost of {fixed * 1000:.1f} ms")
PY
