#!/usr/bin/env python3
"""Corpus drivers: tests/corpus/drivers/<name>.{cjs,mjs} against <name>.expected, under node and cruft.

usage: check-corpus-drivers.py [--update-expected] [--only NAME] [--jobs N] [--timeout SECONDS]
       check-corpus-drivers.py --cruftc CRUFTC --cruftvm CRUFTVM [--only NAME] [--jobs N]
                               [--verbose] [--known-failures FILE] [--timeout SECONDS]

Each driver requires one package of the DEV corpus (../shared/corpus-dev.txt) by its npm name from
Debian's store (/usr/share/nodejs), exercises its main API and prints the results with console.log.
The driver for a scoped package is named after the part after the slash (@xmldom/xmldom: xmldom).

Every program runs in a clean environment: PATH, TZ=UTC, LANG=C.UTF-8 and, for node,
NODE_PATH=/usr/share/nodejs. Nothing else of the caller's environment reaches it (debug and chalk
read variables such as DEBUG and FORCE_COLOR).

Oracle mode (no --cruftc/--cruftvm): runs `node DRIVER` for every driver and checks that its stdout
equals the committed .expected byte for byte and that node exits 0.
--update-expected: runs every driver under node twice, refuses one whose two outputs differ
(nondeterministic), that exits non-zero, or that prints fewer than 20 or more than 100 lines, and
writes the stdout to the .expected file.

Cruft mode (--cruftc and --cruftvm): a throwaway builder key is made with `cruftc key generate`.
For each driver, a temporary project P holds a copy of the driver, a package.json
{"name": "corpus-driver", "version": "0.0.0"} and a cruft.json
    {"entry": DRIVER, "layout": {"store": "/usr/share/nodejs"}, "grants": GRANTS}
where GRANTS is the "grants" object of the driver's sidecar <name>.grants.json (empty without one;
its "why" says why each grant is needed). Then
    CRUFTC lock --project P
    CRUFTC build --project P --key KEY.key
    CRUFTVM run P/corpus-driver.cruft --trust KEY.pub --allow clock [--allow random] [--allow env=NAMES]
and the VM's stdout must equal .expected. The clock is always allowed (the drivers may use timers
and promises); random and env are allowed when some package's grant in the sidecar holds them.
A driver whose package is listed in tests/corpus/expected-rejections.txt (code from strings,
dynamic loading) is not built: `cruftc lock` must exit 1 and report exactly the listed
rejections, code and file:line:column, as error lines; such a driver counts as "rejected as expected".

--known-failures FILE: drivers that fail in cruft mode today, one per line as `name reason...`; they
are reported as known failures, and one that passes is an error until it is removed from the list.
Before the last line the script prints how many lines of expected output the passing drivers matched.
The last line printed is `N passed, M failed, K known failures, R rejected as expected`; the exit
status is 1 when M > 0.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import sys
import tempfile
import time

import program_checks
from program_checks import expected_path, run

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRIVERS = os.path.join(REPO, "tests", "corpus", "drivers")
REJECTIONS = os.path.join(REPO, "tests", "corpus", "expected-rejections.txt")
STORE = "/usr/share/nodejs"
MIN_LINES, MAX_LINES = 20, 100


def clean_environment(for_node):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TZ": "UTC", "LANG": "C.UTF-8"}
    if for_node:
        env["NODE_PATH"] = STORE
    return env


def drivers():
    return sorted(os.path.join(DRIVERS, n) for n in os.listdir(DRIVERS) if n.endswith((".cjs", ".mjs")))


def driver_name(program):
    return os.path.splitext(os.path.basename(program))[0]


def expected_rejections():
    """Driver name -> set of (code, file:line:column) that `cruftc lock` must report."""
    table = {}
    for line in open(REJECTIONS, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        package, code, location = line.split("\t")
        table.setdefault(package.split("/")[-1], set()).add((code, location))
    return table


def read_sidecar(program):
    path = os.path.splitext(program)[0] + ".grants.json"
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        sidecar = json.load(f)
    if not isinstance(sidecar.get("why"), str) or not isinstance(sidecar.get("grants"), dict):
        sys.exit(f"{path}: expected {{\"why\": TEXT, \"grants\": {{PACKAGE: CAPABILITIES}}}}")
    return sidecar["grants"]


def allow_flags(grants):
    """The `cruftvm run --allow` values that let the granted packages use what they were granted."""
    flags = ["clock"]
    if any(g.get("random") for g in grants.values()):
        flags.append("random")
    names = sorted({n for g in grants.values() for n in g.get("env", [])})
    if "*" in names:
        flags.append("env")
    elif names:
        flags.append("env=" + ",".join(names))
    return flags


def tail(data, limit=600):
    return program_checks.tail(data, limit)


def node(program, timeout):
    return run(["node", program], timeout, cwd=os.path.dirname(program), env=clean_environment(True))


def check_oracle(program, args):
    ok, why = program_checks.check_oracle(node(program, args.timeout), program)
    return ("pass" if ok else "fail"), why


def update(program, args):
    ok, why = program_checks.update_expected(
        lambda: node(program, args.timeout), program,
        lambda lines: None if MIN_LINES <= lines <= MAX_LINES else "prints %d lines, not %d-%d" % (
            lines, MIN_LINES, MAX_LINES))
    return ("pass" if ok else "fail"), why


def make_project(program, grants):
    tmp = tempfile.mkdtemp(prefix="cruft-corpus-driver-")
    project = os.path.join(tmp, "p")
    os.makedirs(project)
    shutil.copy(program, project)
    with open(os.path.join(project, "package.json"), "w") as f:
        json.dump({"name": "corpus-driver", "version": "0.0.0"}, f)
    with open(os.path.join(project, "cruft.json"), "w") as f:
        json.dump({"entry": os.path.basename(program), "layout": {"store": STORE}, "grants": grants}, f)
    return tmp, project


def check_rejection(program, args, expected):
    tmp, project = make_project(program, read_sidecar(program))
    try:
        status, _, err = run([args.cruftc, "lock", "--project", project], args.timeout,
                             env=dict(clean_environment(False), NO_COLOR="1"))
        text = err.decode(errors="replace")
        found = {(m.group(4), f"{m.group(1)}:{m.group(2)}:{m.group(3)}")
                 for m in re.finditer(r"^(\S+?):(\d+):(\d+): error\[(E\d+)\]", text, re.M)}
        problems = ["unexpected %s at %s" % f for f in sorted(found - expected)]
        problems += ["expected %s at %s, not reported" % e for e in sorted(expected - found)]
        if status != 1:
            problems.append("cruftc lock exited %s, expected 1" % status)
        return ("fail", "; ".join(problems)) if problems else ("rejected", "")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_cruft(program, args, key, rejections):
    name = driver_name(program)
    if name in rejections:
        return check_rejection(program, args, rejections[name])
    with open(expected_path(program), "rb") as f:
        want = f.read()
    grants = read_sidecar(program)
    tmp, project = make_project(program, grants)
    try:
        env = dict(clean_environment(False), NO_COLOR="1")
        for argv in ([args.cruftc, "lock", "--project", project],
                     [args.cruftc, "build", "--project", project, "--key", key + ".key"]):
            status, _, err = run(argv, args.timeout, env=env)
            if status != 0:
                return "fail", "cruftc %s exited %s: %s" % (argv[1], status, tail(err))
        argv = [args.cruftvm, "run", os.path.join(project, "corpus-driver.cruft"), "--trust", key + ".pub"]
        for flag in allow_flags(grants):
            argv += ["--allow", flag]
        status, out, err = run(argv, args.timeout, env=clean_environment(False))
        if status != 0:
            return "fail", "cruftvm exited %s: %s" % (status, tail(err))
        if out != want:
            return "fail", "stdout differs from .expected: " + first_difference(want, out)
        return "pass", ""
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def first_difference(want, got):
    wanted, printed = want.decode(errors="replace").split("\n"), got.decode(errors="replace").split("\n")
    for number, (a, b) in enumerate(zip(wanted, printed), 1):
        if a != b:
            return "line %d: expected %r, got %r" % (number, a[:300], b[:300])
    return "expected %d lines, got %d" % (len(wanted) - 1, len(printed) - 1)


def read_known(path):
    known = {}
    if path:
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                known[name] = reason.strip()
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update-expected", action="store_true")
    ap.add_argument("--cruftc")
    ap.add_argument("--cruftvm")
    ap.add_argument("--key", help="builder key path without extension (default: generated in a temp dir)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", action="append", default=[], help="run only the driver of this name (repeatable)")
    ap.add_argument("--known-failures", help="drivers that fail in cruft mode today: `name reason` per line")
    args = ap.parse_args()
    if bool(args.cruftc) != bool(args.cruftvm):
        ap.error("--cruftc and --cruftvm go together")
    if args.update_expected and args.cruftc:
        ap.error("--update-expected uses node only")
    known = read_known(args.known_failures)
    rejections = expected_rejections()

    keydir = None
    if args.cruftc:
        args.cruftc, args.cruftvm = os.path.abspath(args.cruftc), os.path.abspath(args.cruftvm)
        key = args.key
        if key is None:
            keydir, key = program_checks.builder_key(args.cruftc, args.timeout, "cruft-corpus-key-", "corpus")
        job = lambda p: check_cruft(p, args, key, rejections)
    elif args.update_expected:
        job = lambda p: update(p, args)
    else:
        job = lambda p: check_oracle(p, args)

    started = time.time()
    programs = drivers()
    if args.only:
        programs = [p for p in programs if driver_name(p) in args.only]
        missing = set(args.only) - {driver_name(p) for p in programs}
        if missing:
            ap.error("no driver named " + ", ".join(sorted(missing)))
    passed = failed = known_failed = rejected = 0
    lines_compared = 0
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for program, (verdict, why) in zip(programs, pool.map(job, programs)):
                name = driver_name(program)
                if verdict == "rejected":
                    rejected += 1
                    if args.verbose:
                        print("rejected as expected  " + name)
                elif verdict == "pass" and name in known and args.cruftc:
                    failed += 1
                    print("FAIL %s: passes now; remove it from %s" % (name, args.known_failures))
                elif verdict == "pass":
                    passed += 1
                    with open(expected_path(program), "rb") as f:
                        lines = f.read().count(b"\n")
                    lines_compared += lines
                    if args.verbose:
                        print("ok   %s (%d lines)" % (name, lines))
                elif name in known and args.cruftc:
                    known_failed += 1
                    if args.verbose:
                        print("known %s: %s\n      now: %s" % (name, known[name], why))
                else:
                    failed += 1
                    print("FAIL %s: %s" % (name, why))
    finally:
        if keydir:
            shutil.rmtree(keydir, ignore_errors=True)
    if args.cruftc:
        for name in sorted(set(known) - {driver_name(p) for p in drivers()}):
            failed += 1
            print("FAIL %s: listed in %s but there is no such driver" % (name, args.known_failures))
    if args.verbose:
        print("%.1fs" % (time.time() - started))
    print("%d output lines compared" % lines_compared)
    print("%d passed, %d failed, %d known failures, %d rejected as expected" % (passed, failed, known_failed, rejected))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
