#!/usr/bin/env bash
# `cruftc check` over the whole DEV corpus against the time node takes to load the same packages.
# One project requires every corpus package; both are timed as whole processes, alternating,
# ROUNDS times (default 5), and the medians are compared. Needs scripts/setup.sh done.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-5}
swift build -c release --product cruftc 2>&1 | grep -E "error|warning: " || true
project=$(mktemp -d)
trap 'rm -rf "$project"' EXIT
python3 - "$project" <<'PY'
import json, os, subprocess, sys
sys.path.insert(0, "scripts")
project = sys.argv[1]
spec = __import__("importlib.util").util.spec_from_file_location("corpus", "scripts/check-corpus-graphs.py")
corpus = __import__("importlib.util").util.module_from_spec(spec)
spec.loader.exec_module(corpus)
names = [corpus.npm_name(l.strip()) for l in open("../shared/corpus-dev.txt") if l.startswith("node-")]
with open(os.path.join(project, "index.js"), "w") as f:
    for name in names:
        if name:
            f.write(f"try {{ require({json.dumps(name)}); }} catch (error) {{}}\n")
json.dump({"entry": "index.js", "layout": {"store": "/usr/share/nodejs"}}, open(os.path.join(project, "cruft.json"), "w"))
PY
.build/release/cruftc lock --project "$project" > /dev/null 2>&1 || true
python3 - "$project" "$rounds" <<'PY'
import os, statistics, subprocess, sys, time
project, rounds = sys.argv[1], int(sys.argv[2])
env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
def timed(command, **kw):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start
cruft, node = [], []
for _ in range(rounds):
    cruft.append(timed([".build/release/cruftc", "check", "--project", project]))
    node.append(timed(["node", os.path.join(project, "index.js")], env=env))
c, n = statistics.median(cruft), statistics.median(node)
modules = subprocess.run([".build/release/cruftc", "graph", "--format", "list", "--project", project],
                         capture_output=True, text=True).stdout.count("\n")
print(f"cruftc check: {c * 1000:.0f} ms for {modules} modules (median of {rounds})")
print(f"node require: {n * 1000:.0f} ms (median of {rounds})")
print(f"ratio: cruftc check takes {c / n:.2f}x the time node takes to load the corpus")
PY
