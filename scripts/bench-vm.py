#!/usr/bin/env python3
"""VM benchmark: ../shared/bench/programs and bench/programs under cruftvm (release), QuickJS-ng and node.

usage: bench-vm.py [--rounds N] [--programs NAME,NAME] [--engines cruft,cruft-nojit,qjs,node-jitless,node]
                   [--cruftc PATH] [--cruftvm PATH]

`cruft` runs the bundle as built (hot numeric functions as native code); `cruft-nojit` runs the same
bundle with `cruftvm run --no-jit` (everything as bytecode), so cruft/cruft-nojit is the JIT's gain.
Each bundle is built, run once with `cruftvm run --profile`, and built again with that profile (the
workflow docs/jit.md describes: it is what makes typed-array parameters native code); --no-profile
skips that.

Each program gets `console.log(run())` appended and is compiled once with `cruftc build` into a
bundle. Then, ROUNDS times, every engine runs every program in turn (A B C A B C ...), timing whole
processes; the medians are reported with the ratio cruft / engine per program and their geometric
mean. Every engine's output must equal node's, or the program is reported as wrong. Python's start-up
(about 30 ms) is inside every qjs time; an empty program's qjs time is measured and subtracted.
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench")


def timed(argv):
    start = time.perf_counter()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - start, p.returncode, p.stdout.decode(errors="replace").strip(), p.stderr.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--programs")
    ap.add_argument("--engines", default="cruft,cruft-nojit,qjs,node-jitless,node")
    ap.add_argument("--cruftc", default=os.path.join(ROOT, ".build/release/cruftc"))
    ap.add_argument("--cruftvm", default=os.path.join(ROOT, ".build/release/cruftvm"))
    ap.add_argument("--no-profile", action="store_true", help="build each bundle once, without a profile")
    args = ap.parse_args()
    sources = {}
    for directory in (os.path.join(BENCH, "programs"), os.path.join(ROOT, "bench", "programs")):
        for f in os.listdir(directory):
            if f.endswith(".js"):
                sources[f[:-3]] = os.path.join(directory, f)
    names = sorted(sources)
    if args.programs:
        names = [n for n in names if n in args.programs.split(",")]
    engines = args.engines.split(",")
    work = tempfile.mkdtemp(prefix="cruft-bench-")
    try:
        key = os.path.join(work, "bench")
        subprocess.run([args.cruftc, "key", "generate", "--out", key], check=True, stdout=subprocess.DEVNULL)
        bundles = {}
        for name in names:
            project = os.path.join(work, name)
            os.makedirs(project)
            with open(sources[name]) as f:
                source = f.read()
            with open(os.path.join(project, "main.mjs"), "w") as f:
                f.write(source + "\nconsole.log(run());\n")
            with open(os.path.join(project, "package.json"), "w") as f:
                json.dump({"name": name, "version": "1.0.0", "type": "module"}, f)
            with open(os.path.join(project, "cruft.json"), "w") as f:
                json.dump({"entry": "main.mjs"}, f)
            for argv in ([args.cruftc, "lock", "--project", project],
                         [args.cruftc, "build", "--project", project, "--key", key + ".key"]):
                p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                if p.returncode != 0:
                    sys.exit("%s: %s failed: %s" % (name, argv[1], p.stderr.decode()))
            bundles[name] = os.path.join(project, name + ".cruft")
            if not args.no_profile:
                profile = os.path.join(project, "profile.json")
                for argv in ([args.cruftvm, "run", bundles[name], "--trust", key + ".pub", "--profile", profile],
                             [args.cruftc, "build", "--project", project, "--key", key + ".key",
                              "--profile", profile]):
                    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                    if p.returncode != 0:
                        sys.exit("%s: profiling (%s) failed: %s" % (name, argv[1], p.stderr.decode()))
        empty = os.path.join(work, "empty.js")
        with open(empty, "w") as f:
            f.write("function run() { return ''; }\n")

        def argv(engine, name):
            if engine == "cruft":
                return [args.cruftvm, "run", bundles[name], "--trust", key + ".pub"]
            if engine == "cruft-nojit":
                return [args.cruftvm, "run", bundles[name], "--trust", key + ".pub", "--no-jit"]
            program = empty if name is None else sources[name]
            return [os.path.join(BENCH, "engines", engine), program]

        qjs_startup = 0.0
        if "qjs" in engines:
            qjs_startup = statistics.median(timed(argv("qjs", None))[0] for _ in range(3))
        times = {(e, n): [] for e in engines for n in names}
        outputs = {}
        for _ in range(args.rounds):
            for name in names:
                for engine in engines:
                    seconds, status, out, err = timed(argv(engine, name))
                    if status != 0:
                        out = "exit %d: %s" % (status, err.strip()[-300:])
                    times[(engine, name)].append(seconds - (qjs_startup if engine == "qjs" else 0))
                    outputs[(engine, name)] = out
        expected = {}
        for name in names:
            p = subprocess.run([os.path.join(BENCH, "engines", "node"), sources[name]],
                               stdout=subprocess.PIPE)
            expected[name] = p.stdout.decode().strip()
        header = "%-10s" % "program" + "".join("%13s" % e for e in engines)
        others = [e for e in engines if e != "cruft"]
        if "cruft" in engines:
            header += "".join("%16s" % ("cruft/" + e) for e in others)
        print(header)
        ratios = {e: [] for e in others}
        wrong = []
        for name in names:
            line = "%-10s" % name
            medians = {e: statistics.median(times[(e, name)]) for e in engines}
            for e in engines:
                line += "%12.3fs" % medians[e]
                if outputs[(e, name)] != expected[name]:
                    wrong.append("%s under %s printed %r, node printed %r" % (name, e, outputs[(e, name)][:200], expected[name]))
            if "cruft" in engines:
                for e in others:
                    ratio = medians["cruft"] / medians[e] if medians[e] > 0 else float("nan")
                    ratios[e].append(ratio)
                    line += "%16.2f" % ratio
            print(line)
        if "cruft" in engines:
            line = "%-10s" % "geomean" + " " * 13 * len(engines)
            for e in others:
                line += "%16.2f" % math.exp(sum(math.log(r) for r in ratios[e]) / len(ratios[e]))
            print(line)
        print("(medians of %d rounds; qjs times have its %.3fs start-up subtracted)" % (args.rounds, qjs_startup))
        for problem in wrong:
            print("WRONG: " + problem)
        return 1 if wrong else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
