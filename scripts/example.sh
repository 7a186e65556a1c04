#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (scripts/setup.sh), builds cruftc, and runs it on the bundled
# example application, examples/greeter: an ES-module app with a CommonJS dependency.
# Today's pipeline ends at the Frontend: every source is parsed in the goal Node would use, and
# the dependency's syntax tree is printed. Later stages extend this script as they land.
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
