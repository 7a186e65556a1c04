#!/usr/bin/env python3
"""List the JavaScript corpus: every .js/.mjs/.cjs file that the Debian packages named in the
corpus list install under /usr/share/nodejs, with the goal Node would load it with.

usage: corpus-files.py [CORPUS_LIST] [--check] [--node]

CORPUS_LIST defaults to ../shared/corpus-dev.txt beside the repository (one Debian package name a
line; blank lines and lines starting with # are skipped).

Output on stdout, one file a line:   goal<TAB>path
  goal is what Node uses:  .mjs -> module;  .cjs -> commonjs;  .js -> module when the nearest
  enclosing package.json (walking up from the file's directory, stopping at /usr/share/nodejs,
  or at / for a file whose real path lies elsewhere) has "type": "module", else commonjs.
  path is the file's real path (dpkg also lists symlinks: each is resolved with realpath, and a
  file reached twice is listed once; Node itself loads the real path and looks up the package
  scope from there). Directories whose names end in .js (e.g. the big.js package) are skipped.

Node's rule is not the whole story for this corpus: many packages also ship ES-module builds as
.js files inside packages without "type": "module" (for bundlers, through package.json's "module"
field or the "import"/"browser" export conditions). Node would load such a file as CommonJS and
fail with a SyntaxError, so Node's goal for it is meaningless. OVERRIDES below lists them by path
prefix with the evidence: those are listed with goal `module` (the goal every tool that loads them
uses), and files that are not JavaScript at all are left out. `--node` prints Node's own goal for
every file instead, overrides ignored. A summary with the number of files and bytes goes to stderr.

--check  runs scripts/parse-oracle.mjs over the listed files and reports on stderr every file that
         acorn or V8 rejects in its listed goal; it also checks that every override still matches
         files and is still needed (acorn rejects each overridden file in Node's goal). Exits 1 if
         acorn rejects a listed file or an override is stale.
"""
import json
import os
import subprocess
import sys

ROOT = "/usr/share/nodejs"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (real-path prefix, goal to list it with or None to leave it out, why Node's goal is wrong for it)
_ESM = "ES module build in a package without \"type\": \"module\" (Node would load it as CommonJS and fail)"
OVERRIDES = [
    ("/usr/share/nodejs/acorn-dynamic-import/src/", "module", _ESM + "; ES module sources that Babel compiles into lib/, the package's \"main\"; nothing points Node at them"),
    ("/usr/share/nodejs/acorn-import-assertions/src/", "module", _ESM + "; package.json \"module\" points here (\"exports\" gives Node lib/ instead)"),
    ("/usr/share/nodejs/acorn-numeric-separator/src/", "module", _ESM + "; ES module sources of dist/, which \"main\" and \"module\" point to"),
    ("/usr/share/nodejs/acorn-private-methods/index.js", "module", _ESM + "; ES module source of dist/acorn-private-methods.{js,mjs}"),
    ("/usr/share/nodejs/css-what/lib/es/", "module", _ESM + "; package.json \"module\" points here, \"main\" to lib/commonjs/"),
    ("/usr/share/nodejs/diff/lib/index.es6.js", "module", _ESM + "; package.json \"module\" (\"exports\" gives Node lib/index.mjs instead)"),
    ("/usr/share/nodejs/fecha/lib/fecha.js", "module", _ESM + "; package.json \"module\", \"main\" is lib/fecha.umd.js"),
    ("/usr/share/nodejs/immutable/dist/immutable.es.js", "module", _ESM + "; package.json \"module\", \"main\" is dist/immutable.js"),
    ("/usr/share/nodejs/inflection/vite.config.js", "module", _ESM + "; Vite build configuration, which Vite loads as an ES module"),
    ("/usr/share/nodejs/path-to-regexp/dist.es2015/", "module", _ESM + "; package.json \"module\", \"main\" is dist/index.js"),
    ("/usr/share/nodejs/punycode/punycode.es6.js", "module", _ESM + "; package.json \"module\" and \"jsnext:main\", \"main\" is punycode.js"),
    ("/usr/share/nodejs/ramda/es/", "module", _ESM + "; package.json \"module\" and the \"import\" export condition point here, and \"exports\" maps \"./es/\", so Node can even be asked to load them (and then fails)"),
    ("/usr/share/nodejs/underscore/underscore-esm", "module", _ESM + " (\"type\": \"commonjs\"); the \"import\" export condition's browser/default targets"),
    ("/usr/share/nodejs/uri-js/dist/esnext/", "module", _ESM + "; TypeScript's ES module output beside dist/es5/, the package's \"main\""),
    ("/usr/share/nodejs/uuid/dist/esm-browser/", "module", _ESM + "; package.json \"browser\" field and browser export condition"),
    ("/usr/share/nodejs/uuid/dist/esm-node/", "module", _ESM + "; package.json \"module\" and the node.module export condition (for bundlers)"),
    ("/usr/share/nodejs/levenary/index.flow.js", None, "Flow type declarations (declare module ...), not JavaScript in any goal"),
]


def override_for(path):
    for prefix, goal, why in OVERRIDES:
        if path.startswith(prefix):
            return prefix, goal, why
    return None


def nearest_package_json(directory):
    stop = ROOT if (directory + "/").startswith(ROOT + "/") else "/"
    d = directory
    while True:
        candidate = os.path.join(d, "package.json")
        if os.path.isfile(candidate):
            return candidate
        if d == stop or d == "/":
            return None
        d = os.path.dirname(d)


_type_cache = {}


def package_type(pkg_json):
    if pkg_json not in _type_cache:
        try:
            with open(pkg_json, encoding="utf-8") as f:
                t = json.load(f).get("type")
        except (OSError, ValueError):
            t = None
        _type_cache[pkg_json] = t
    return _type_cache[pkg_json]


def goal_for(path):
    if path.endswith(".mjs"):
        return "module"
    if path.endswith(".cjs"):
        return "commonjs"
    pkg = nearest_package_json(os.path.dirname(path))
    return "module" if pkg is not None and package_type(pkg) == "module" else "commonjs"


def package_files(package):
    r = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"corpus-files: dpkg -L {package} failed (is it installed? scripts/setup.sh installs the corpus): {r.stderr.strip()}")
    return r.stdout.splitlines()


def corpus(list_path, node_goals=False):
    """[(goal, real path, node goal, override or None)] sorted by path."""
    packages = []
    with open(list_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                packages.append(line)
    seen = set()
    entries = []
    for package in packages:
        for listed in package_files(package):
            if not listed.startswith(ROOT + "/") or not listed.endswith((".js", ".mjs", ".cjs")):
                continue
            if not os.path.isfile(listed):  # directories named like files (big.js), dangling links
                continue
            real = os.path.realpath(listed)
            if real in seen:
                continue
            seen.add(real)
            node_goal = goal_for(real)
            ov = None if node_goals else override_for(real)
            entries.append((ov[1] if ov else node_goal, real, node_goal, ov))
    entries.sort(key=lambda e: e[1])
    return entries


def run_oracle(pairs):
    lines = "".join(f"{g}\t{p}\n" for g, p in pairs)
    r = subprocess.run(["node", os.path.join(REPO, "scripts", "parse-oracle.mjs"), "--list", "-"],
                       input=lines, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"corpus-files: parse-oracle failed: {r.stderr.strip()}")
    return [line.split("\t", 3) for line in r.stdout.splitlines()]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    if flags - {"--check", "--node"} or len(args) > 1:
        sys.exit(__doc__)
    list_path = args[0] if args else os.path.join(REPO, "..", "shared", "corpus-dev.txt")
    entries = corpus(list_path, node_goals="--node" in flags)
    listed = [(g, p) for g, p, _, _ in entries if g is not None]
    sys.stdout.writelines(f"{g}\t{p}\n" for g, p in listed)
    sys.stdout.flush()
    total = sum(os.path.getsize(p) for _, p in listed)
    modules = sum(1 for g, _ in listed if g == "module")
    reclassified = sum(1 for g, _, ng, ov in entries if ov and g is not None)
    left_out = sum(1 for g, _, _, _ in entries if g is None)
    print(f"corpus: {len(listed)} files, {total} bytes ({modules} module, {len(listed) - modules} commonjs; "
          f"{reclassified} listed as module against Node's rule, {left_out} left out)", file=sys.stderr)
    if "--check" not in flags:
        return

    problems = 0
    for path, acorn, v8, msg in run_oracle(listed):
        if acorn != "acorn=accept" or v8 != "v8=accept":
            print(f"corpus-files: rejected in its listed goal: {path}\t{acorn}\t{v8}\t{msg}", file=sys.stderr)
            problems += acorn != "acorn=accept"
    overridden = [(ng, p, ov) for _, p, ng, ov in entries if ov]
    for prefix, goal, why in OVERRIDES:
        n = sum(1 for _, _, ov in overridden if ov[0] == prefix)
        print(f"corpus-files: override: {prefix} ({n} files): {'listed as ' + goal if goal else 'left out'}: {why}", file=sys.stderr)
        if n == 0:
            print(f"corpus-files: stale override, no corpus file under {prefix}", file=sys.stderr)
            problems += 1
    for path, acorn, _, _ in run_oracle([(ng, p) for ng, p, _ in overridden]):
        if acorn == "acorn=accept":
            print(f"corpus-files: override not needed, acorn accepts {path} in Node's goal", file=sys.stderr)
            problems += 1
    print(f"corpus-files: check: {problems} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
