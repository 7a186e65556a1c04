#!/usr/bin/env python3
"""Differential suite: tests/differential/<family>/<name>.{mjs,cjs} against <name>.expected.

usage: check-differential.py [--update-expected] [--suite DIR] [--jobs N] [--timeout SECONDS]
       check-differential.py --cruftc CRUFTC --cruftvm CRUFTVM [--bundle PATTERN] [--suite DIR]
                             [--jobs N] [--timeout SECONDS] [--verbose] [--only TEXT]

Programs are the files ending in .mjs or .cjs, except sibling libraries named *.lib.mjs (imported by
programs of the same family, never run on their own). Each program's expected standard output is
the file next to it with the extension replaced by .expected.

Oracle mode (no --cruftc/--cruftvm): runs `node FILE` for every program and checks its stdout
equals the committed .expected byte for byte (and that node exits 0).
--update-expected: runs every program under node twice, refuses any whose two outputs differ
(nondeterministic) or that exits non-zero, and writes the stdout to the .expected file.

Cruft mode (--cruftc and --cruftvm both given; needs issue 7: the bundle writer of `cruftc build`
and `cruftvm run`): the script first creates a throwaway builder key in a temporary directory with
`CRUFTC key generate --out TMP/differential` (TMP/differential.key, TMP/differential.pub), unless
--key names an existing key path (without the .key/.pub extension). Then for each program it makes a
temporary project P holding a copy of the program's family folder, a package.json
{"name": "differential", "version": "0.0.0", "type": "module"} and a cruft.json
{"entry": "<program file name>"}, and runs
    CRUFTC lock --project P
    CRUFTC build --project P --key KEY.key
    CRUFTVM run BUNDLE --trust KEY.pub --allow clock
where BUNDLE is --bundle with {project} and {name} substituted (default "{project}/differential.cruft":
cruftc build names the bundle after the application, and every temporary project is "differential";
{name} is the program's file name without extension). The VM's stdout must equal .expected. The clock
is allowed because setTimeout, which orders some programs' output, is a clock capability.

--profile-first builds each program, runs it once with `cruftvm run --profile`, builds it again with
`cruftc build --profile`, and checks that second bundle (profile-guided native code: the
native-profiled family).
--vm-arg ARG (repeatable) adds ARG to every `cruftvm run`: `--vm-arg=--no-jit` runs the suite with
every function as bytecode (the native family, tests/differential/native, then checks the interpreter).
--only TEXT (repeatable) keeps the programs whose path relative to the suite contains TEXT.
Before the last line the script prints how many lines of expected output the passing programs
matched (each line is one assertion). The last line printed is `N passed, M failed`; the exit status is 1 when M > 0.
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import sys
import tempfile
import time

import program_checks
from program_checks import expected_path, run

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SUITE = os.path.join(REPO, "tests", "differential")


def programs(suite):
    found = []
    for family in sorted(os.listdir(suite)):
        folder = os.path.join(suite, family)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".lib.mjs") or not name.endswith((".mjs", ".cjs")):
                continue
            found.append(os.path.join(folder, name))
    return found


def node(program, timeout):
    return run(["node", program], timeout, cwd=os.path.dirname(program), env=dict(os.environ, TZ="UTC"))


def check_oracle(program, args):
    return program_checks.check_oracle(node(program, args.timeout), program)


def update(program, args):
    return program_checks.update_expected(
        lambda: node(program, args.timeout), program,
        lambda lines: "prints fewer than 3 lines" if lines < 3 else None)


def check_cruft(program, args, key):
    name = os.path.splitext(os.path.basename(program))[0]
    with open(expected_path(program), "rb") as f:
        want = f.read()
    tmp = tempfile.mkdtemp(prefix="cruft-diff-")
    try:
        project = os.path.join(tmp, "p")
        shutil.copytree(os.path.dirname(program), project,
                        ignore=shutil.ignore_patterns("*.expected"))
        with open(os.path.join(project, "package.json"), "w") as f:
            json.dump({"name": "differential", "version": "0.0.0", "type": "module"}, f)
        with open(os.path.join(project, "cruft.json"), "w") as f:
            json.dump({"entry": os.path.basename(program)}, f)
        steps = [
            [args.cruftc, "lock", "--project", project],
            [args.cruftc, "build", "--project", project, "--key", key + ".key"],
        ]
        for argv in steps:
            status, _, err = run(argv, args.timeout)
            if status != 0:
                return False, "%s exited %s: %s" % (" ".join(argv[1:3]), status,
                                                    err.decode(errors="replace").strip()[-400:])
        bundle = args.bundle.format(project=project, name=name)
        if args.profile_first:
            # Profile-guided native code: run once recording a profile, build again with it.
            profile = os.path.join(tmp, "profile.json")
            for argv in ([args.cruftvm, "run", bundle, "--trust", key + ".pub", "--allow", "clock",
                          "--profile", profile],
                         [args.cruftc, "build", "--project", project, "--key", key + ".key", "--profile", profile]):
                status, _, err = run(argv, args.timeout)
                if status != 0:
                    return False, "%s exited %s while profiling: %s" % (
                        " ".join(argv[1:3]), status, err.decode(errors="replace").strip()[-400:])
        status, out, err = run([args.cruftvm, "run", bundle, "--trust", key + ".pub", "--allow", "clock"]
                               + args.vm_arg, args.timeout)
        if status != 0:
            return False, "cruftvm exited %s: %s" % (status, err.decode(errors="replace").strip()[-400:])
        if out != want:
            return False, "stdout differs from .expected"
        return True, ""
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update-expected", action="store_true")
    ap.add_argument("--suite", default=DEFAULT_SUITE)
    ap.add_argument("--cruftc")
    ap.add_argument("--cruftvm")
    ap.add_argument("--key", help="builder key path without extension (default: generated in a temp dir)")
    ap.add_argument("--bundle", default="{project}/differential.cruft",
                    help="where the build writes the bundle; {project} and {name} are substituted")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--profile-first", action="store_true",
                    help="run each bundle once with --profile and build it again with that profile first")
    ap.add_argument("--vm-arg", action="append", default=[],
                    help="an extra argument for every cruftvm run (repeatable), e.g. --vm-arg=--no-jit")
    ap.add_argument("--only", action="append", default=[],
                    help="run only programs whose path relative to the suite contains this text (repeatable)")
    ap.add_argument("--known-failures",
                    help="a file of programs (relative to the suite) that fail in cruft mode today, one per line "
                         "with the reason after whitespace; they are reported as known, and one that passes "
                         "is an error until it is removed from the list")
    args = ap.parse_args()
    known = {}
    if args.known_failures:
        with open(args.known_failures) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    name, _, reason = line.partition(" ")
                    known[name] = reason.strip()
    if bool(args.cruftc) != bool(args.cruftvm):
        ap.error("--cruftc and --cruftvm go together")
    if args.update_expected and args.cruftc:
        ap.error("--update-expected uses node only")

    keydir = None
    if args.cruftc:
        key = args.key
        if key is None:
            keydir, key = program_checks.builder_key(args.cruftc, args.timeout, "cruft-diff-key-", "differential")
        job = lambda p: check_cruft(p, args, key)
    elif args.update_expected:
        job = lambda p: update(p, args)
    else:
        job = lambda p: check_oracle(p, args)

    started = time.time()
    progs = programs(args.suite)
    if args.only:
        progs = [p for p in progs if any(o in os.path.relpath(p, args.suite) for o in args.only)]
    passed = failed = known_failed = 0
    # Each line of a passing program's expected output is one assertion compared byte for byte.
    lines_compared = 0
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for program, (ok, why) in zip(progs, pool.map(job, progs)):
                rel = os.path.relpath(program, args.suite)
                if ok and rel in known:
                    failed += 1
                    print("FAIL %s: passes now; remove it from %s" % (rel, args.known_failures))
                elif ok:
                    passed += 1
                    with open(expected_path(program), "rb") as f:
                        lines_compared += f.read().count(b"\n")
                    if args.verbose:
                        print("ok   " + rel)
                elif rel in known:
                    known_failed += 1
                    if args.verbose:
                        print("known %s: %s" % (rel, why))
                else:
                    failed += 1
                    print("FAIL %s: %s" % (rel, why))
    finally:
        if keydir:
            shutil.rmtree(keydir, ignore_errors=True)
    if args.verbose:
        print("%.1fs" % (time.time() - started))
    print("%d output lines compared" % lines_compared)
    if known:
        print("%d passed, %d failed, %d known failures" % (passed, failed, known_failed))
    else:
        print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
