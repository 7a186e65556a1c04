#!/usr/bin/env python3
"""Start-up of cruftvm: a hello-world bundle (no bitcode) run by one or more cruftvm binaries.

usage: bench-startup.py --cruftc CRUFTC --cruftvm LABEL=PATH [--cruftvm LABEL=PATH ...] [--runs N]

Builds a one-module hello-world application with CRUFTC (a throwaway key), then runs
`cruftvm run BUNDLE` with every binary in turn (A B A B ...) N times and prints each binary's median
and minimum wall time and its peak resident set (from /usr/bin/time when it exists). Used to show that
native-code support costs a bundle without bitcode nothing: compare a build before and after.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cruftc", required=True)
    ap.add_argument("--cruftvm", action="append", required=True, help="LABEL=PATH")
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    binaries = [entry.split("=", 1) for entry in args.cruftvm]
    work = tempfile.mkdtemp(prefix="cruft-startup-")
    try:
        with open(os.path.join(work, "main.mjs"), "w") as f:
            f.write('console.log("hello, world");\n')
        with open(os.path.join(work, "package.json"), "w") as f:
            json.dump({"name": "hello", "version": "1.0.0", "type": "module"}, f)
        with open(os.path.join(work, "cruft.json"), "w") as f:
            json.dump({"entry": "main.mjs"}, f)
        key = os.path.join(work, "key")
        for argv in ([args.cruftc, "key", "generate", "--out", key], [args.cruftc, "lock", "--project", work],
                     [args.cruftc, "build", "--project", work, "--key", key + ".key"]):
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        bundle = os.path.join(work, "hello.cruft")
        times = {label: [] for label, _ in binaries}
        for _ in range(args.runs):
            for label, path in binaries:
                start = time.perf_counter()
                p = subprocess.run([path, "run", bundle, "--trust", key + ".pub"], stdout=subprocess.PIPE)
                times[label].append(time.perf_counter() - start)
                if p.stdout != b"hello, world\n":
                    sys.exit("%s printed %r" % (label, p.stdout))
        for label, path in binaries:
            rss = ""
            if os.path.exists("/usr/bin/time"):
                p = subprocess.run(["/usr/bin/time", "-f", "%M", path, "run", bundle, "--trust", key + ".pub"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                rss = ", peak RSS %s KB" % p.stderr.decode().strip().splitlines()[-1]
            print("%-10s median %.1f ms, min %.1f ms%s" % (label, 1000 * statistics.median(times[label]),
                                                        1000 * min(times[label]), rss))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
