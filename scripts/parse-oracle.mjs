#!/usr/bin/env node
// Reference-parser oracle for the cruft parser test suites.
//
// Classifies each file as accepted or rejected by two reference parsers:
//   * acorn (Debian's node-acorn, 8.8.1: ECMAScript 2023; it does not know the regex `v` flag)
//   * V8, through node's `vm` module (the engine node itself runs the file with)
//
// Usage:
//   node scripts/parse-oracle.mjs [--goal script|module|commonjs] FILE...
//   node scripts/parse-oracle.mjs --list LIST      # LIST has `goal<TAB>path` lines; `-` is stdin
//
// Without --goal or --list the goal comes from the extension, with the test suite's convention:
// `.mjs` module, `.cjs` commonjs, anything else (`.js`) a classic script. (Node's own rule for
// `.js`, the nearest package.json's "type", is applied by scripts/corpus-files.py, which writes
// lists for --list.)
//
// Output, one line per file, in the order given:
//   path<TAB>acorn=accept|reject<TAB>v8=accept|reject<TAB><first error message, or empty>
// The last field names the parser of each message (`acorn: ...; v8: ...`). A file that is not
// valid UTF-8 gets `utf8=invalid at byte N` at the start of the last field: node would decode it
// with U+FFFD replacement characters, and both verdicts are for that decoded text, so they say
// nothing about the bytes themselves.
//
// How each goal is checked:
//   script    acorn sourceType "script";  V8 `new vm.Script(src)`
//   module    acorn sourceType "module";  V8 `new vm.SourceTextModule(src)` (this needs
//             `--experimental-vm-modules`: the script re-executes itself with that flag)
//   commonjs  as node's CommonJS loader does: the source is the body of the function
//             `function (exports, require, module, __filename, __dirname) {...}`, so top-level
//             `return` and `new.target` are allowed. V8: `vm.compileFunction(src, params)`, which
//             (like node's loader) accepts a leading hashbang. acorn has no option that allows
//             top-level `new.target`, so it parses the source wrapped in that function, with a
//             leading `#!` turned into `//` (same length); positions are mapped back.
// Both parsers also get `allowHashBang: true` (ES2023 hashbang comments, in every goal).
// Every error V8 or acorn throws counts as a rejection (also a RangeError from running out of
// stack on deeply nested input); V8 reports early errors of inner (lazily compiled) functions at
// compile time too, because its preparser checks them.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const require = createRequire(import.meta.url);
const acorn = require("/usr/share/nodejs/acorn/dist/acorn.js");

if (typeof vm.SourceTextModule !== "function") {
  // Re-execute with the flag that vm.SourceTextModule needs (and without the warning it prints).
  const r = spawnSync(
    process.execPath,
    ["--experimental-vm-modules", "--no-warnings", ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  if (r.error) throw r.error;
  process.exit(r.status ?? 2);
}

const GOALS = new Set(["script", "module", "commonjs"]);
const CJS_PARAMS = ["exports", "require", "module", "__filename", "__dirname"];
const CJS_PREFIX = `(function (${CJS_PARAMS.join(", ")}) {`;

function usage(msg) {
  process.stderr.write(`parse-oracle: ${msg}\nusage: parse-oracle.mjs [--goal script|module|commonjs] FILE... | --list LIST\n`);
  process.exit(2);
}

function goalFromExtension(path) {
  if (path.endsWith(".mjs")) return "module";
  if (path.endsWith(".cjs")) return "commonjs";
  return "script";
}

// Parse arguments.
let forcedGoal = null;
const jobs = []; // [goal|null, path]
{
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--goal") {
      forcedGoal = args[++i];
      if (!GOALS.has(forcedGoal)) usage(`bad goal ${forcedGoal}`);
    } else if (a.startsWith("--goal=")) {
      forcedGoal = a.slice(7);
      if (!GOALS.has(forcedGoal)) usage(`bad goal ${forcedGoal}`);
    } else if (a === "--list") {
      const listPath = args[++i];
      if (listPath === undefined) usage("--list needs a file");
      const text = readFileSync(listPath === "-" ? 0 : listPath, "utf8");
      for (const line of text.split("\n")) {
        if (line.trim() === "" || line.startsWith("#")) continue;
        const tab = line.indexOf("\t");
        if (tab < 0) usage(`list line without a tab: ${line}`);
        const goal = line.slice(0, tab);
        if (!GOALS.has(goal)) usage(`bad goal in list: ${goal}`);
        jobs.push([goal, line.slice(tab + 1)]);
      }
    } else if (a === "--help" || a === "-h") {
      usage("help");
    } else if (a.startsWith("--")) {
      usage(`unknown option ${a}`);
    } else {
      jobs.push([null, a]);
    }
  }
  if (jobs.length === 0) usage("no files");
}

const fatalDecoder = new TextDecoder("utf-8", { fatal: true });
const lossyDecoder = new TextDecoder("utf-8"); // replaces invalid sequences with U+FFFD, as node does

function firstInvalidUtf8Byte(b) {
  // Offset of the first byte that does not belong to a well-formed UTF-8 sequence.
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    let n, min;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function oneLine(s) {
  // First line only, at most 300 characters, control characters (a NUL, a tab) shown escaped.
  return String(s).split("\n")[0].slice(0, 300)
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function lineCol(src, pos) {
  let line = 1, col = 0;
  for (let i = 0; i < pos && i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && src.charCodeAt(i + 1) !== 10)) { line++; col = 0; }
    else col++;
  }
  return `${line}:${col}`;
}

function runAcorn(src, goal) {
  const options = { ecmaVersion: "latest", allowHashBang: true, sourceType: goal === "module" ? "module" : "script" };
  let text = src, offset = 0;
  if (goal === "commonjs") {
    const body = src.startsWith("#!") ? "//" + src.slice(2) : src;
    text = CJS_PREFIX + body + "\n})";
    offset = CJS_PREFIX.length;
  }
  try {
    acorn.parse(text, options);
    return null;
  } catch (e) {
    if (typeof e.pos === "number") {
      const pos = Math.max(0, e.pos - offset);
      const msg = oneLine(String(e.message).replace(/ \(\d+:\d+\)$/, ""));
      return `${msg} (${lineCol(src, pos)})`;
    }
    return `${e.name}: ${oneLine(e.message)}`;
  }
}

function runV8(src, goal, path) {
  try {
    if (goal === "module") new vm.SourceTextModule(src, { identifier: path });
    else if (goal === "commonjs") vm.compileFunction(src, CJS_PARAMS, { filename: path });
    else new vm.Script(src, { filename: path });
    return null;
  } catch (e) {
    const name = e && e.name ? e.name : "Error";
    return name === "SyntaxError" ? oneLine(e.message) : `${name}: ${oneLine(e && e.message)}`;
  }
}

let ioError = false;
const out = [];
for (const [listGoal, path] of jobs) {
  const goal = forcedGoal ?? listGoal ?? goalFromExtension(path);
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    process.stderr.write(`parse-oracle: cannot read ${path}: ${e.message}\n`);
    ioError = true;
    continue;
  }
  const notes = [];
  let src;
  try {
    src = fatalDecoder.decode(bytes);
  } catch {
    notes.push(`utf8=invalid at byte ${firstInvalidUtf8Byte(bytes)} (verdicts are for the U+FFFD-decoded text)`);
    src = lossyDecoder.decode(bytes);
  }
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1); // node strips a byte order mark
  const a = runAcorn(src, goal);
  const v = runV8(src, goal, path);
  if (a !== null) notes.push(`acorn: ${a}`);
  if (v !== null) notes.push(`v8: ${v}`);
  out.push(`${path}\tacorn=${a === null ? "accept" : "reject"}\tv8=${v === null ? "accept" : "reject"}\t${notes.join("; ")}\n`);
  if (out.length >= 256) { process.stdout.write(out.join("")); out.length = 0; }
}
process.stdout.write(out.join(""));
process.exit(ioError ? 2 : 0);
