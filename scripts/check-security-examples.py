#!/usr/bin/env python3
"""Compiles every attempt of tests/security/cases (the families of ../shared/security-examples.md)
as a module of a package `attacker`, and checks the expected outcome.

usage: scripts/check-security-examples.py CRUFTC [--cruftvm CRUFTVM] [--verbose]

Each case's header gives the context (the attacker's "caps") and the expectation:
  * `reject FAMILY`: `cruftc check` exits 1 and reports at least one error whose code belongs to the
    family, and none outside the families that reject dynamic code, imports, ambient authority and
    sloppy constructs;
  * `compile`: `cruftc lock`, `cruftc check` and `cruftc build --emit lowered` all succeed.
With --cruftvm, a compiled case with an `// outcome:` header is also built into a signed bundle and
run, end to end:
  * `outcome: NAME = JSON`: the attacker's export NAME, as JSON.stringify prints it, is exactly JSON
    (VALUE);
  * `outcome: throws ERROR`: evaluating the attacker throws an uncaught guest ERROR (THROWS);
  * `outcome: probe(fs) settles [CODES]`: the application, granted `fs` and run with
    `--allow fs:./data` in a project holding data/ and a secret beside it, passes its fs handle to the
    attacker's probe; each settled promise prints "fulfilled" or its rejection's `code` (DENIED is
    `E_CAP_DENIED`; `A|B` accepts either).
In context N every case runs twice: with no "caps" key (claims inferred, nothing granted) and with
"caps": {} (declared empty), so that both readings of "no claims" hold. The harness closure is
{attacker, some-dep}; the application grants the attacker exactly its claims.
Ends with `N passed, M failed`.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = {
    "E_AMBIENT": {"E2001", "E2002", "E2009"},
    "E_DYNAMIC_CODE": {"E1004", "E1005", "E2003", "E2001"},
    "E_DYNAMIC_IMPORT": {"E1001", "E1002", "E1003"},
    "E_IMPORT_CLOSURE": {"E1006", "E1007", "E1008", "E1009", "E2001", "E2002", "E2009"},
    "E_SLOPPY": {"E2006", "E2007"},
}
CONTEXTS = {
    "N": [None, {}],
    "FS": [{"fs": ["./data"]}],
    "FSROOT": [{"fs": {"read": ["/"]}}],
    "NET": [{"net": ["api.example.com:443"]}],
    "ENV": [{"env": ["API_KEY"]}],
    # Granted at build time; the person running the bundle does not pass --allow clock.
    "CLOCK": [{"clock": True}],
}


def header(text, key):
    match = re.search(rf"^// {key}: (.+)$", text, re.M)
    return match.group(1).strip() if match else None


def project(scratch, case_path, caps):
    root = tempfile.mkdtemp(dir=scratch)
    ext = os.path.splitext(case_path)[1]
    attacker = os.path.join(root, "node_modules", "attacker")
    dep = os.path.join(root, "node_modules", "some-dep")
    os.makedirs(attacker)
    os.makedirs(dep)
    manifest = {"name": "attacker", "version": "1.0.0", "main": "index" + ext}
    if caps is not None:
        manifest["caps"] = caps
    json.dump(manifest, open(os.path.join(attacker, "package.json"), "w"))
    shutil.copy(case_path, os.path.join(attacker, "index" + ext))
    json.dump({"name": "some-dep", "version": "1.0.0", "main": "index.js"}, open(os.path.join(dep, "package.json"), "w"))
    with open(os.path.join(dep, "index.js"), "w") as f:
        f.write("module.exports = { sign: (m) => 'sig:' + m, verify: (s) => s.startsWith('sig:') };\n")
    json.dump({"name": "harness", "version": "1.0.0", "type": "module"}, open(os.path.join(root, "package.json"), "w"))
    with open(os.path.join(root, "index.mjs"), "w") as f:
        f.write('import * as attacker from "attacker";\nimport * as dep from "some-dep";\nexport default [attacker, dep];\n')
    config = {"entry": "index.mjs"}
    if caps:
        config["grants"] = {"attacker": caps}
    json.dump(config, open(os.path.join(root, "cruft.json"), "w"))
    return root


def run(cruftc, *args, cwd=None):
    return subprocess.run([cruftc, *args], capture_output=True, text=True, env=dict(os.environ, NO_COLOR="1"),
                          cwd=cwd)


def check_outcome(cruftc, cruftvm, key, root, outcome):
    """Builds and runs the harness application for one `// outcome:` line; returns a problem or None."""
    probe = re.match(r"probe\((\w+)\) settles (\[.*\])$", outcome)
    value = re.match(r"(\w+) = (.+)$", outcome)
    throws = re.match(r"throws (\w+)$", outcome)
    allow = []
    if probe:
        handle, expected = probe.group(1), json.loads(probe.group(2))
        os.makedirs(os.path.join(root, "data"), exist_ok=True)
        open(os.path.join(root, "data", "inside.txt"), "w").write("inside\n")
        open(os.path.join(root, "secret"), "w").write("outside the grant\n")
        program = (f'import {handle} from "{handle}";\nimport * as attacker from "attacker";\n'
                   f'const settled = await attacker.probe({handle});\n'
                   'console.log(JSON.stringify(settled.map((r) => r.status === "fulfilled" ? "fulfilled" '
                   ': (r.reason && r.reason.code) || String(r.reason))));\n')
        allow = ["--allow", "fs:./data"]
    elif value:
        program = (f'import * as attacker from "attacker";\n'
                   f'console.log(JSON.stringify(attacker[{json.dumps(value.group(1))}]));\n')
    elif throws:
        program = 'import * as attacker from "attacker";\nconsole.log("evaluated without throwing");\n'
    else:
        return f"unknown outcome '{outcome}'"
    open(os.path.join(root, "index.mjs"), "w").write(program)
    for step in (["lock", "--project", root], ["build", "--project", root, "--key", key + ".key"]):
        result = run(cruftc, *step)
        if result.returncode != 0:
            return f"cruftc {step[0]} failed: " + (result.stderr.strip().splitlines() or ["?"])[0]
    bundle = os.path.join(root, "harness.cruft")
    result = run(cruftvm, "run", bundle, "--trust", key + ".pub", *allow, cwd=root)
    if throws:
        first = (result.stderr.strip().splitlines() or [""])[0]
        if result.returncode != 1 or not first.startswith(f"Uncaught {throws.group(1)}"):
            return f"expected an uncaught {throws.group(1)}, got status {result.returncode}: {first or result.stdout.strip()}"
        return None
    if result.returncode != 0:
        return f"cruftvm run exited {result.returncode}: " + (result.stderr.strip().splitlines() or ["?"])[0]
    printed = result.stdout.strip()
    if value:
        if printed != value.group(2):
            return f"expected {value.group(2)}, printed {printed}"
        return None
    codes = json.loads(printed) if printed.startswith("[") else None
    if codes is None or len(codes) != len(expected) or any(
            got not in want.split("|") for got, want in zip(codes, expected)):
        return f"expected {json.dumps(expected)}, printed {printed}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cruftc")
    ap.add_argument("--cruftvm")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    cruftc = os.path.abspath(a.cruftc)
    cruftvm = os.path.abspath(a.cruftvm) if a.cruftvm else None
    outcomes_checked = 0
    cases_dir = os.path.join(REPO, "tests", "security", "cases")
    passed = failed = 0
    counts = {}
    with tempfile.TemporaryDirectory(prefix="cruft-security-") as scratch:
        key = os.path.join(scratch, "builder")
        if cruftvm:
            run(cruftc, "key", "generate", "--out", key)
        for name in sorted(os.listdir(cases_dir)):
            path = os.path.join(cases_dir, name)
            text = open(path, encoding="utf-8").read()
            context, expect = header(text, "context"), header(text, "expect")
            problems = []
            if context not in CONTEXTS or not expect:
                problems.append("missing or unknown '// context:' or '// expect:' header")
            for caps in CONTEXTS.get(context, []):
                label = "no caps key" if caps is None else "caps " + json.dumps(caps)
                root = project(scratch, path, caps)
                run(cruftc, "lock", "--project", root)
                check = run(cruftc, "check", "--project", root)
                # E1011 only says that `cruftc lock` wrote no lockfile, which it rightly refuses to.
                codes = set(re.findall(r"error\[(E\d+)\]", check.stderr)) - {"E1011"}
                if expect == "compile":
                    build = run(cruftc, "build", "--project", root, "--emit", "lowered")
                    if check.returncode != 0 or build.returncode != 0:
                        problems.append(f"[{label}] expected to compile; check gave {sorted(codes)}: "
                                        + (check.stderr.strip().splitlines() or ["?"])[0])
                    elif cruftvm and header(text, "outcome") and caps is CONTEXTS[context][0]:
                        problem = check_outcome(cruftc, cruftvm, key, root, header(text, "outcome"))
                        if problem:
                            problems.append(f"[{label}] {problem}")
                        else:
                            outcomes_checked += 1
                elif expect.startswith("reject "):
                    family = expect.split()[1]
                    allowed = FAMILIES.get(family, set())
                    everything = set().union(*FAMILIES.values()) | {c for c in codes if c.startswith("E0")}
                    if check.returncode != 1:
                        problems.append(f"[{label}] expected rejection ({family}), check exited {check.returncode}")
                    elif not codes & allowed and not (family == "E_SLOPPY" and any(c.startswith("E0") for c in codes)):
                        problems.append(f"[{label}] rejected with {sorted(codes)}, none in {family} {sorted(allowed)}")
                    elif codes - everything:
                        problems.append(f"[{label}] unexpected codes {sorted(codes - everything)}")
                    else:
                        counts[family] = counts.get(family, 0) + 1
                else:
                    problems.append(f"unknown expectation '{expect}'")
            if problems:
                failed += 1
                print(f"FAIL {name}")
                for p in problems:
                    print(f"     {p}")
            else:
                passed += 1
                if a.verbose:
                    print(f"ok   {name}: {expect}")
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"check-security-examples: rejections by family: {summary}")
    if cruftvm:
        print(f"check-security-examples: {outcomes_checked} run-time outcomes checked end to end")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
