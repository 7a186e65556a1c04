#!/usr/bin/env python3
"""For every package of the DEV corpus (../shared/corpus-dev.txt), compares cruft's module graph
with what Node loads, and the static-import gate's verdict with the expected one.

usage: scripts/check-corpus-graphs.py CRUFTC [--corpus FILE] [--verbose]

For each Debian package node-X, the npm package it installs (X, or the one directory with a
package.json it puts under /usr/share/nodejs) is required from a throwaway project whose cruft.json
uses the Debian store as its package layout. Then:
  * closure: the files of `cruftc graph --format list` (minus the project's own entry and the
    toolchain's Node library modules, which stand for builtins) must equal
    Node's require.cache keys after `require(X)` with NODE_PATH=/usr/share/nodejs
    (scripts/node-closure.mjs), except the differences listed with a reason in
    tests/corpus/closure-differences.txt;
  * gate: `cruftc lock` must succeed, except for the packages listed in
    tests/corpus/expected-rejections.txt, whose every rejection (code, file, line, column) must be
    exactly the listed ones.
Ends with `N passed, M failed`; exit 1 when anything failed.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STORE = "/usr/share/nodejs"


def npm_name(debian):
    """The npm package a Debian node-* package installs (the one whose name matches, else the first)."""
    listed = subprocess.run(["dpkg", "-L", debian], capture_output=True, text=True).stdout.split("\n")
    candidates = []
    for path in listed:
        if not path.startswith(STORE + "/") or not path.endswith("/package.json"):
            continue
        directory = os.path.dirname(path)[len(STORE) + 1:]
        parts = directory.split("/")
        name = "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
        if directory == name:
            candidates.append(name)
    wanted = debian[len("node-"):]
    candidates = [c for c in candidates if not c.startswith("@types/")]  # type declarations only
    for name in candidates:
        if name == wanted:
            return name
    for name in candidates:
        if name.split("/")[-1] == wanted:
            return name
    return candidates[0] if candidates else None


def read_table(path, columns):
    rows = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                fields = line.split("\t")
                if len(fields) != columns:
                    sys.exit(f"{path}: expected {columns} tab-separated fields: {line!r}")
                rows.append(fields)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cruftc")
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus-dev.txt"))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    cruftc = os.path.abspath(a.cruftc)

    debian = [l.strip() for l in open(a.corpus) if l.strip().startswith("node-")]
    names = {d: npm_name(d) for d in debian}
    expected_rejections = {}
    for package, code, location in read_table(os.path.join(REPO, "tests/corpus/expected-rejections.txt"), 3):
        expected_rejections.setdefault(package, set()).add((code, location))
    allowed = {}
    for package, path, side, _reason in read_table(os.path.join(REPO, "tests/corpus/closure-differences.txt"), 4):
        allowed.setdefault(package, set()).add((path, side))

    wanted = sorted({n for n in names.values() if n})
    oracle = {}
    out = subprocess.run(["node", os.path.join(REPO, "scripts/node-closure.mjs"), *wanted],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        record = json.loads(line)
        oracle[record["package"]] = record

    passed = failed = 0
    used_allowances = set()
    used_rejections = set()
    with tempfile.TemporaryDirectory(prefix="cruft-corpus-") as scratch:
        for deb in debian:
            name = names[deb]
            problems = []
            if name is None:
                problems.append(f"{deb} installs no package under {STORE}")
            else:
                project = os.path.join(scratch, deb)
                os.makedirs(project)
                with open(os.path.join(project, "cruft.json"), "w") as f:
                    json.dump({"entry": "index.js", "layout": {"store": STORE}}, f)
                with open(os.path.join(project, "index.js"), "w") as f:
                    f.write(f"require({json.dumps(name)});\n")
                entry = os.path.realpath(os.path.join(project, "index.js"))
                graph = subprocess.run([cruftc, "graph", "--format", "list", "--project", project],
                                       capture_output=True, text=True)
                # Builtins are not files to Node; cruft compiles the pure ones from its own Node
                # library (Sources/GraphCheck/NodeLibrary, copied next to cruftc), which is not the closure.
                ours = {p for p in graph.stdout.splitlines()
                        if p and p != entry and "_GraphCheck.resources/NodeLibrary/" not in p}
                record = oracle.get(name, {})
                if not record.get("ok"):
                    problems.append(f"node cannot require {name}: {record.get('error')}")
                theirs = set(record.get("files", []))
                for path in sorted(ours - theirs) + sorted(theirs - ours):
                    side = "cruft-only" if path in ours else "node-only"
                    if (path, side) in allowed.get(name, set()):
                        used_allowances.add((name, path, side))
                    else:
                        problems.append(f"closure: {side} {path}")
                lock = subprocess.run([cruftc, "lock", "--project", project], capture_output=True, text=True,
                                      env=dict(os.environ, NO_COLOR="1"))
                found = set()
                for match in re.finditer(r"^(\S+?):(\d+):(\d+): error\[(E\d+)\]", lock.stderr, re.M):
                    found.add((match.group(4), f"{match.group(1)}:{match.group(2)}:{match.group(3)}"))
                expected = expected_rejections.get(name, set())
                used_rejections.update((name, code, location) for code, location in expected & found)
                for code, location in sorted(found - expected):
                    problems.append(f"gate: unexpected {code} at {location}")
                for code, location in sorted(expected - found):
                    problems.append(f"gate: expected {code} at {location}, not reported")
                if not expected and lock.returncode != 0:
                    problems.append(f"gate: cruftc lock failed: {lock.stderr.strip().splitlines()[-1:]}")
                if expected and lock.returncode != 1:
                    problems.append(f"gate: cruftc lock exited {lock.returncode}, expected 1")
            label = f"{deb} ({name})"
            if problems:
                failed += 1
                print(f"FAIL {label}")
                for p in problems:
                    print(f"     {p}")
            else:
                passed += 1
                verdict = "rejected as expected" if name in expected_rejections else "accepted"
                if a.verbose:
                    print(f"ok   {label}: closure matches node, {verdict}")
    for package, rows in allowed.items():
        for path, side in rows:
            if (package, path, side) not in used_allowances:
                failed += 1
                print(f"FAIL closure-differences.txt: {package} {side} {path} is no longer a difference")
    rejected = sorted(expected_rejections)
    print(f"check-corpus-graphs: {len(debian)} packages, rejected as expected: {', '.join(rejected) or 'none'}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
