#!/usr/bin/env python3
"""Regenerates the CHECK lines of lit tests from cruftc's current output (like LLVM's
update_test_checks.py). Review the diff before committing: the checks are the specification.

usage: scripts/update-lit-checks.py [--bin DIR] TEST...

Each test's first RUN line is executed with %s, %cruftc, %S and FileCheck substituted; its output
replaces every `CHECK` line after the RUN lines. Lines of output that contain the test's own path
are written as {{.*}}name so the checks do not depend on where the repository lives.
"""
import argparse
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def comment_prefix(path):
    return "#" if path.endswith(".test") else "//"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(REPO, ".build", "debug"))
    ap.add_argument("tests", nargs="+")
    a = ap.parse_args()
    for test in a.tests:
        path = os.path.abspath(test)
        lines = open(path, encoding="utf-8", errors="surrogateescape").read().split("\n")
        prefix = comment_prefix(path)
        run_lines = [l for l in lines if l.startswith(f"{prefix} RUN:")]
        if not run_lines:
            sys.exit(f"{test}: no RUN line")
        # Run every RUN line in order (earlier ones prepare state, such as %t); the output of the
        # last one that pipes into FileCheck becomes the checks.
        tmp = os.path.join(REPO, ".build", "lit-update", os.path.basename(path) + ".tmp")
        os.makedirs(os.path.dirname(tmp), exist_ok=True)
        env = dict(os.environ, NO_COLOR="1")
        text = ""
        for run in run_lines:
            command = run[len(f"{prefix} RUN:"):].strip()
            checked = "| FileCheck" in command
            command = command.split("| FileCheck")[0].strip()
            for key, value in (("%cruftc", os.path.join(a.bin, "cruftc")), ("%python", sys.executable),
                               ("%S", os.path.dirname(path)), ("%s", path), ("%t", tmp)):
                command = command.replace(key, value)
            if command.startswith("not "):
                command = command[4:]
            out = subprocess.run(command, shell=True, capture_output=True, text=True, errors="surrogateescape",
                                 env=env, cwd=os.path.dirname(path))
            if checked:
                text = out.stdout + (out.stderr if "2>&1" in command else "")
        output = [l for l in text.split("\n")]
        while output and output[-1] == "":
            output.pop()
        kept = [l for l in lines if not re.match(rf"{re.escape(prefix)} CHECK(-NEXT|-EMPTY)?:", l)]
        while kept and kept[-1] == "":
            kept.pop()
        checks = []
        for i, l in enumerate(output):
            # FileCheck reads {{...}} as a regex and [[...]] as a variable: escape them in output.
            l = l.replace("{{", "{{[{][{]}}").replace("[[", "{{[[][[]}}")
            l = l.replace(path, "{{.*}}" + os.path.basename(path))
            # The Program node ends at the end of the file, which the check lines themselves move.
            l = re.sub(r"^Program 1:1-\d+:\d+", "Program 1:1-{{[0-9]+:[0-9]+}}", l)
            l = l.replace(os.path.dirname(path) + "/", "{{.*}}")
            l = l.replace(tmp, "{{.*}}")
            kind = "CHECK" if i == 0 else ("CHECK-EMPTY" if l == "" else "CHECK-NEXT")
            # No space after the colon: tests use --strict-whitespace, where it would be matched.
            checks.append(f"{prefix} {kind}:" + l)
        open(path, "w", encoding="utf-8", errors="surrogateescape").write("\n".join(kept + checks) + "\n")
        print(f"updated {test}: {len(checks)} check lines")


if __name__ == "__main__":
    main()
