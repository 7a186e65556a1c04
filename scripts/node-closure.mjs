#!/usr/bin/env node
// The oracle for cruft's module resolver: what Node itself loads for a package.
//
//   node scripts/node-closure.mjs [--store DIR] [--from FILE] [--all] PACKAGE...
//
// For each package name, a fresh `node` child process with NODE_PATH=DIR (default /usr/share/nodejs)
// runs `require(name)` from FILE (default /tmp/cruft-entry/index.js, which need not exist) and this
// prints one JSON line:
//
//   {"package": name, "ok": bool, "error": message?, "main": require.resolve(name) or null,
//    "resolveError": message?, "files": [sorted absolute require.cache keys]}
//
// `files` is the CommonJS closure Node loaded (the package's files and those of its dependencies);
// `main` is a path, or the bare name when Node resolves to a builtin. `--all` adds every package of
// the store (scoped ones as @scope/name). A fresh process per package keeps closures independent.
//
//   node --no-addons scripts/node-closure.mjs --resolve [--store DIR] < pairs.json
//
// reads a JSON array of {"from": absolute file, "specifier": string} and prints, per pair, one line
// {"from", "specifier", "resolved": require.resolve(specifier) as seen from `from`, realpath'd, or
// null, "error": code?}. Nothing is loaded. `--no-addons` drops the "node-addons" condition, which
// cruft never matches either.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { isAbsolute, join } from 'node:path';

const marker = '\u0000cruft-closure ';

// Runs inside the child: everything it prints besides the marked line belongs to the package.
const child = `
const { createRequire } = require('node:module');
const path = require('node:path');
const [name, from] = process.argv.slice(1);
const req = createRequire(from);
const result = { package: name, ok: false, main: null, files: [] };
try { result.main = req.resolve(name); } catch (e) { result.resolveError = String(e && e.message || e).split('\\n')[0]; }
try { req(name); result.ok = true; } catch (e) { result.error = String(e && e.message || e).split('\\n')[0]; }
result.files = Object.keys(require.cache).filter((key) => path.isAbsolute(key)).sort();
process.stdout.write(${JSON.stringify(marker)} + JSON.stringify(result) + '\\n');
process.exit(0);
`;

function parseArguments(argv) {
  const options = {
    store: '/usr/share/nodejs', from: '/tmp/cruft-entry/index.js', all: false, resolve: false, names: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--store') options.store = argv[++i];
    else if (argument === '--from') options.from = argv[++i];
    else if (argument === '--all') options.all = true;
    else if (argument === '--resolve') options.resolve = true;
    else if (argument === '--help' || argument === '-h') {
      process.stdout.write('usage: node-closure.mjs [--store DIR] [--from FILE] [--all] PACKAGE...\n'
        + '       node --no-addons node-closure.mjs --resolve [--store DIR] < pairs.json\n');
      process.exit(0);
    } else options.names.push(argument);
  }
  if (!options.store || !options.from) throw new Error('--store and --from need a value');
  return options;
}

function storePackages(store) {
  const names = [];
  for (const entry of readdirSync(store).sort()) {
    const full = join(store, entry);
    if (!statSync(full).isDirectory()) continue;
    if (entry.startsWith('@')) {
      for (const scoped of readdirSync(full).sort()) {
        if (statSync(join(full, scoped)).isDirectory()) names.push(`${entry}/${scoped}`);
      }
    } else names.push(entry);
  }
  return names;
}

function closure(name, { store, from }) {
  return new Promise((resolve) => {
    const env = { ...process.env, NODE_PATH: store };
    execFile(
      process.execPath, ['-e', child, '--', name, from],
      { env, timeout: 30000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        const line = stdout.split('\n').find((text) => text.startsWith(marker));
        if (line) resolve(JSON.parse(line.slice(marker.length)));
        else {
          const reason = error ? error.message.split('\n')[0] : 'the child printed no result';
          resolve({ package: name, ok: false, error: reason, main: null, files: [] });
        }
      });
  });
}

// The --resolve mode: Node's answer for many (referrer, specifier) pairs in one process.
function resolvePairs({ store }) {
  process.env.NODE_PATH = store;
  Module._initPaths();
  const pairs = JSON.parse(readFileSync(0, 'utf8'));
  for (const { from, specifier } of pairs) {
    const line = { from, specifier, resolved: null };
    try {
      const resolved = createRequire(from).resolve(specifier);
      line.resolved = isAbsolute(resolved) ? realpathSync(resolved) : resolved.replace(/^node:/, '');
    } catch (error) {
      line.error = error.code ?? String(error.message).split('\n')[0];
    }
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}

const options = parseArguments(process.argv.slice(2));
if (options.resolve) {
  resolvePairs(options);
  process.exit(0);
}
const names = options.all ? [...storePackages(options.store), ...options.names] : options.names;
// Two children at a time: the machine is shared, and the order of output lines follows the input.
const results = new Array(names.length);
let next = 0;
async function worker() {
  while (next < names.length) {
    const index = next++;
    results[index] = await closure(names[index], options);
  }
}
await Promise.all([worker(), worker()]);
for (const result of results) process.stdout.write(JSON.stringify(result) + '\n');
