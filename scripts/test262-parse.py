#!/usr/bin/env python3
"""Runs cruftc's parser over test262's language tests and compares with each test's expectation.

usage: scripts/test262-parse.py CRUFTC TEST262 [--only DIR] [--show N]

TEST262 is a checkout of tc39/test262 (fetched locally, never committed). For every test under
test/language: `negative: {phase: parse}` must be rejected, every other test must parse. Tests run
as modules with `flags: [module]`, in strict mode only with onlyStrict (a "use strict" prologue is
added), sloppy only with noStrict or raw, and in both modes otherwise, as test262's own runners do.
Tests of features beyond ECMAScript 2023 (decorators, import attributes, `using`, ...) are skipped,
except the regex `v` flag, which cruft supports. _FIXTURE files (import targets, not tests) are skipped.
Ends with `N passed, M failed`.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

BEYOND_ES2023 = {
    "decorators", "import-attributes", "import-assertions", "json-modules", "source-phase-imports",
    "source-phase-imports-module-source", "explicit-resource-management", "regexp-duplicate-named-groups",
    "regexp-modifiers", "import-defer", "json-parse-with-source", "Atomics.pause", "await-dictionary",
    "import-text", "import-bytes", "upsert",
}


def frontmatter(text):
    match = re.search(r"/\*---(.*?)---\*/", text, re.S)
    meta = {"flags": [], "features": [], "negative": None}
    if not match:
        return meta
    body = match.group(1)
    for key in ("flags", "features"):
        m = re.search(rf"^{key}:\s*\[(.*?)\]", body, re.M)
        if m:
            meta[key] = [x.strip() for x in m.group(1).split(",") if x.strip()]
        else:
            m = re.search(rf"^{key}:\s*\n((?:\s+-\s*.*\n?)+)", body, re.M)
            if m:
                meta[key] = [x.strip()[1:].strip() for x in m.group(1).splitlines() if x.strip().startswith("-")]
    m = re.search(r"^negative:\s*\n\s+phase:\s*(\w+)", body, re.M)
    if m:
        meta["negative"] = m.group(1)
    return meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cruftc")
    ap.add_argument("test262")
    ap.add_argument("--only", default="")
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()
    root = os.path.join(a.test262, "test", "language", a.only)
    runs = []  # (test path, variant, goal, file to parse, expect reject)
    skipped = Counter()
    with tempfile.TemporaryDirectory(prefix="cruft-test262-") as scratch:
        for directory, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith(".js"):
                    continue
                path = os.path.join(directory, name)
                raw = open(path, "rb").read()
                text = raw.decode("utf-8", errors="surrogateescape")
                relative = os.path.relpath(path, os.path.join(a.test262, "test"))
                if "_FIXTURE" in name:
                    # Import targets, not tests: some are invalid on purpose, some use newer syntax.
                    continue
                meta = frontmatter(text)
                beyond = BEYOND_ES2023.intersection(meta["features"])
                if beyond:
                    skipped[sorted(beyond)[0]] += 1
                    continue
                reject = meta["negative"] == "parse"
                flags = meta["flags"]
                if "module" in flags:
                    runs.append((relative, "module", "module", path, reject))
                    continue
                variants = []
                if "onlyStrict" in flags:
                    variants = ["strict"]
                elif "noStrict" in flags or "raw" in flags:
                    variants = ["sloppy"]
                else:
                    variants = ["sloppy", "strict"]
                for variant in variants:
                    target = path
                    if variant == "strict":
                        target = os.path.join(scratch, f"{len(runs)}.js")
                        with open(target, "wb") as f:
                            f.write(b'"use strict";\n' + raw)
                    runs.append((relative, variant, "script", target, reject))
        listing = os.path.join(scratch, "list.txt")
        with open(listing, "w", encoding="utf-8", errors="surrogateescape") as f:
            for _, _, goal, target, _ in runs:
                f.write(f"{goal}\t{target}\n")
        out = subprocess.run([a.cruftc, "parse", "--format", "json", "--files-from", listing],
                             capture_output=True, text=True, errors="surrogateescape")
        if out.returncode not in (0, 1):
            sys.exit(f"test262-parse: cruftc exited {out.returncode}: {out.stderr[:500]}")
        rejected = {d["file"]: d for d in json.loads(out.stdout)["diagnostics"]}
    passed = failed = 0
    failures = []
    by_directory = Counter()
    for relative, variant, goal, target, reject in runs:
        diagnostic = rejected.get(target)
        ok = (diagnostic is not None) == reject
        if ok:
            passed += 1
        else:
            failed += 1
            by_directory["/".join(relative.split("/")[:3])] += 1
            detail = f"{diagnostic['code']} {diagnostic['message']}" if diagnostic else "accepted"
            failures.append(f"{relative} [{variant}]: expected {'reject' if reject else 'accept'}, got {detail}")
    for line in failures[: a.show]:
        print("FAIL " + line)
    if by_directory:
        print("failures by directory: " + ", ".join(f"{d} {n}" for d, n in by_directory.most_common(15)))
    print(f"test262-parse: {len(runs)} runs of {len({r[0] for r in runs})} tests; skipped (beyond ES2023): "
          + (", ".join(f"{k} {v}" for k, v in skipped.most_common()) or "none"))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
