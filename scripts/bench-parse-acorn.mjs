#!/usr/bin/env node
// Parse-throughput baseline: acorn (Debian's node-acorn) over a corpus list.
//
// usage: node scripts/bench-parse-acorn.mjs FILELIST [--passes N]
//   FILELIST has `goal<TAB>path` lines (goal: script, module or commonjs), e.g. the output of
//   scripts/corpus-files.py; `-` reads it from stdin.
//
// Every file is read into memory first (as UTF-8 text; bytes counted are file sizes). Then one
// warm-up pass, then N (default 7, at least 5) timed passes; each pass parses every file with
// acorn: ecmaVersion "latest", sourceType "module" for module and "script" otherwise,
// allowHashBang for all, allowReturnOutsideFunction for commonjs. A file acorn rejects fails the
// benchmark (the corpus is meant to be all valid). The median pass is reported as:
//   acorn: <MB/s> MB/s (<bytes> bytes, <files> files, median of <n> passes)
// with MB = 10^6 bytes.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const acorn = require("/usr/share/nodejs/acorn/dist/acorn.js");

const args = process.argv.slice(2);
let passes = 7;
let listPath = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--passes") passes = Number(args[++i]);
  else if (listPath === null) listPath = args[i];
  else listPath = undefined;
}
if (!listPath || !Number.isInteger(passes) || passes < 5) {
  process.stderr.write("usage: bench-parse-acorn.mjs FILELIST [--passes N>=5]\n");
  process.exit(2);
}

const files = [];
let bytes = 0;
for (const line of readFileSync(listPath === "-" ? 0 : listPath, "utf8").split("\n")) {
  if (line.trim() === "" || line.startsWith("#")) continue;
  const tab = line.indexOf("\t");
  const goal = line.slice(0, tab);
  const path = line.slice(tab + 1);
  if (tab < 0 || !["script", "module", "commonjs"].includes(goal)) {
    process.stderr.write(`bench-parse-acorn: bad list line: ${line}\n`);
    process.exit(2);
  }
  const buf = readFileSync(path);
  bytes += buf.length;
  const options = {
    ecmaVersion: "latest",
    sourceType: goal === "module" ? "module" : "script",
    allowHashBang: true,
    allowReturnOutsideFunction: goal === "commonjs",
  };
  files.push({ path, text: buf.toString("utf8"), options });
}
if (files.length === 0) {
  process.stderr.write("bench-parse-acorn: empty file list\n");
  process.exit(2);
}

function pass() {
  let nodes = 0;
  for (const f of files) {
    try {
      nodes += acorn.parse(f.text, f.options).body.length;
    } catch (e) {
      process.stderr.write(`bench-parse-acorn: acorn rejects ${f.path}: ${e.message}\n`);
      process.exit(1);
    }
  }
  return nodes; // keeps the result observable
}

pass(); // warm-up
const times = [];
for (let i = 0; i < passes; i++) {
  const t0 = performance.now();
  pass();
  times.push((performance.now() - t0) / 1000);
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
const mbps = bytes / 1e6 / median;
console.log(`acorn: ${mbps.toFixed(2)} MB/s (${bytes} bytes, ${files.length} files, median of ${passes} passes)`);
