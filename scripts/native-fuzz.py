#!/usr/bin/env python3
"""Random differential testing of native code: generated numeric functions under node, under cruftvm
with native code, and under cruftvm --no-jit.

usage: native-fuzz.py --cruftc CRUFTC --cruftvm CRUFTVM [--seed N] [--programs N] [--functions N]
                      [--keep DIR]

Each program has FUNCTIONS top-level functions of three parameters built from random expression
trees over the operators and Math functions that native code supports with node's exact results
(arithmetic, %, **, bitwise and shift operators, comparisons, &&, ||, ?:, unary operators, locals,
compound assignments, if and loops, and Math.abs/sqrt/floor/ceil/trunc/round/sign/fround/min/max/imul/
clz32/hypot; not sin, exp, log, pow or atan2, whose last bits differ between glibc and V8). Every
function is called on a grid of edge values (NaN, ±0, ±Infinity, 2^31 and 2^32 boundaries,
non-integers). The script checks that cruftc selects every function (--emit=hot-report), then that
the three outputs are identical. A mismatch keeps the program (in --keep DIR, default a temporary
directory that is kept) and the exit status is 1.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

EDGES = ["0", "-0", "1", "-1", "0.5", "-2.5", "3", "7", "-7", "NaN", "Infinity", "-Infinity", "2147483647",
         "2147483648", "-2147483648", "4294967295", "4294967296", "1e300", "5e-324", "9007199254740993"]
BINARY = ["+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>", ">>>"]
COMPARE = ["<", "<=", ">", ">=", "===", "!==", "==", "!="]
UNARY_MATH = ["abs", "sqrt", "floor", "ceil", "trunc", "round", "sign", "fround", "clz32"]
BINARY_MATH = ["min", "max", "imul", "hypot"]


class Generator:
    def __init__(self, rng):
        self.rng = rng

    def number(self, names, depth):
        r = self.rng.random()
        if depth <= 0 or r < 0.25:
            if self.rng.random() < 0.7:
                return self.rng.choice(names)
            return self.rng.choice(["0", "1", "2", "0.5", "(-3)", "31", "32", "65536", "2147483648", "1e10", "(-0.25)"])
        if r < 0.6:
            op = self.rng.choice(BINARY + ["**"] if self.rng.random() < 0.05 else BINARY)
            if op == "**":
                return "(%s ** %s)" % (self.number(names, depth - 1), self.rng.choice(["2", "3", "0.5", "-1"]))
            return "(%s %s %s)" % (self.number(names, depth - 1), op, self.number(names, depth - 1))
        if r < 0.7:
            return "(%s%s)" % (self.rng.choice(["-", "~", "+"]), self.number(names, depth - 1))
        if r < 0.8:
            return "Math.%s(%s)" % (self.rng.choice(UNARY_MATH), self.number(names, depth - 1))
        if r < 0.87:
            return "Math.%s(%s, %s)" % (self.rng.choice(BINARY_MATH), self.number(names, depth - 1),
                                        self.number(names, depth - 1))
        if r < 0.95:
            return "(%s ? %s : %s)" % (self.boolean(names, depth - 1), self.number(names, depth - 1),
                                       self.number(names, depth - 1))
        return "(%s %s %s)" % (self.number(names, depth - 1), self.rng.choice(["&&", "||"]),
                               self.number(names, depth - 1))

    def boolean(self, names, depth):
        r = self.rng.random()
        if depth <= 0 or r < 0.6:
            return "(%s %s %s)" % (self.number(names, depth - 1), self.rng.choice(COMPARE), self.number(names, depth - 1))
        if r < 0.8:
            return "!%s" % self.boolean(names, depth - 1)
        return "(%s %s %s)" % (self.boolean(names, depth - 1), self.rng.choice(["&&", "||"]),
                               self.boolean(names, depth - 1))

    def function(self, name):
        params = ["a", "b", "c"]
        lines = ["function %s(a, b, c) {" % name]
        names = list(params)
        for local in ["x", "y"]:
            lines.append("  let %s = %s;" % (local, self.number(names, 3)))
            names.append(local)
        shape = self.rng.random()
        if shape < 0.3:
            lines.append("  if (%s) x = %s; else y %s= %s;" % (
                self.boolean(names, 2), self.number(names, 2), self.rng.choice(["+", "-", "*", "|", "^"]),
                self.number(names, 2)))
        elif shape < 0.6:
            lines.append("  for (let i = 0; i < 5; i++) { x = %s; if (%s) break; y += i; }" % (
                self.number(names + ["i"], 2), self.boolean(names + ["i"], 1)))
        else:
            lines.append("  let n = 0;")
            lines.append("  while (n < 4 && %s) { y = %s; n++; }" % (self.boolean(names + ["n"], 1),
                                                                  self.number(names + ["n"], 2)))
        if self.rng.random() < 0.4:
            # A local declared without a value, assigned on every path before it is read.
            lines.append("  let z;")
            lines.append("  if (%s) z = %s; else { z = %s; }" % (self.boolean(names, 1), self.number(names, 2),
                                                                 self.number(names, 2)))
            names.append("z")
        lines.append("  return %s;" % self.number(names, 3))
        lines.append("}")
        return "\n".join(lines)


def program(rng, count):
    generator = Generator(rng)
    names = ["f%d" % i for i in range(count)]
    body = [generator.function(name) for name in names]
    body.append("const edges = [%s];" % ", ".join(EDGES))
    body.append("const show = (v) => (Object.is(v, -0) ? '-0' : String(v));")
    body.append("for (const f of [%s]) {" % ", ".join(names))
    body.append("  for (const a of edges) {")
    body.append("    const row = [];")
    body.append("    for (const b of edges) row.push(show(f(a, b, a - b)));")
    body.append("    console.log(f.name, show(a), row.join(' '));")
    body.append("  }")
    body.append("}")
    return "\n".join(body) + "\n", names


def run(argv, cwd=None):
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, timeout=120)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cruftc", required=True)
    ap.add_argument("--cruftvm", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--programs", type=int, default=10)
    ap.add_argument("--functions", type=int, default=12)
    ap.add_argument("--keep")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = args.keep or tempfile.mkdtemp(prefix="cruft-native-fuzz-")
    os.makedirs(work, exist_ok=True)
    key = os.path.join(work, "key")
    run([args.cruftc, "key", "generate", "--out", key])
    failures = 0
    functions = 0
    for index in range(args.programs):
        source, names = program(rng, args.functions)
        project = os.path.join(work, "p%d" % index)
        os.makedirs(project, exist_ok=True)
        with open(os.path.join(project, "main.mjs"), "w") as f:
            f.write(source)
        with open(os.path.join(project, "package.json"), "w") as f:
            json.dump({"name": "fuzz", "version": "1.0.0", "type": "module"}, f)
        with open(os.path.join(project, "cruft.json"), "w") as f:
            json.dump({"entry": "main.mjs"}, f)
        problems = []
        status, expected, err = run(["node", os.path.join(project, "main.mjs")])
        if status != 0:
            problems.append("node failed: " + err[-300:])
        for argv in ([args.cruftc, "lock", "--project", project],
                     [args.cruftc, "build", "--project", project, "--key", key + ".key"]):
            status, _, err = run(argv)
            if status != 0:
                problems.append("%s failed: %s" % (argv[1], err[-300:]))
        _, report, _ = run([args.cruftc, "build", "--project", project, "--emit=hot-report"])
        selected = report.count(": selected:")
        functions += selected
        if selected != len(names):
            problems.append("%d of %d functions selected:\n%s" % (selected, len(names), report))
        bundle = os.path.join(project, "fuzz.cruft")
        _, native, err1 = run([args.cruftvm, "run", bundle, "--trust", key + ".pub"])
        _, bytecode, err2 = run([args.cruftvm, "run", bundle, "--trust", key + ".pub", "--no-jit"])
        if native != bytecode:
            problems.append("native code and bytecode differ " + err1[-200:])
        if native != expected:
            problems.append("native code and node differ")
        if problems:
            failures += 1
            print("FAIL %s: %s" % (project, "; ".join(p.splitlines()[0] for p in problems)))
            for a, b in zip(native.splitlines(), expected.splitlines()):
                if a != b:
                    print("  cruft: " + a[:300])
                    print("  node:  " + b[:300])
                    break
        elif not args.keep:
            shutil.rmtree(project, ignore_errors=True)
    print("%d programs, %d native functions, %d edge-value calls each: %d failed" % (
        args.programs, functions, len(EDGES) ** 2, failures))
    if failures == 0 and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
