#!/usr/bin/env node
// A stand-in for `cruftc parse`, for debugging scripts/check-parse-suite.py before (or without)
// the real parser:   python3 scripts/check-parse-suite.py tests/parse-suite/fake-cruftc.mjs
//
// usage: fake-cruftc.mjs parse [--goal script|module|commonjs] FILE...
// Exit 0 when every file parses, 1 when one has a syntax error (an `error[...]` line on stderr),
// 2 on usage or I/O errors, like cruftc. The verdict is acorn's (commonjs: the source wrapped in
// node's CommonJS function, as scripts/parse-oracle.mjs does), except that files which are not
// valid UTF-8 are rejected, and where acorn 8.8.1 only objects to the regex `v` flag, V8 decides
// (scripts and CommonJS only).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const require = createRequire(import.meta.url);
const acorn = require("/usr/share/nodejs/acorn/dist/acorn.js");

function usage(msg) {
  process.stderr.write(`fake-cruftc: ${msg}\nusage: fake-cruftc parse [--goal script|module|commonjs] FILE...\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args[0] !== "parse") usage("only the parse command is faked");
let goal = null;
const files = [];
for (let i = 1; i < args.length; i++) {
  if (args[i] === "--goal") goal = args[++i];
  else if (args[i].startsWith("-")) usage(`unknown option ${args[i]}`);
  else files.push(args[i]);
}
if (goal !== null && !["script", "module", "commonjs"].includes(goal)) usage(`bad goal ${goal}`);
if (files.length === 0) usage("no files");

const PARAMS = ["exports", "require", "module", "__filename", "__dirname"];
const PREFIX = `(function (${PARAMS.join(", ")}) {`;

let failed = false;
for (const file of files) {
  let bytes;
  try { bytes = readFileSync(file); } catch (e) { process.stderr.write(`fake-cruftc: cannot read ${file}: ${e.message}\n`); process.exit(2); }
  const g = goal ?? (file.endsWith(".mjs") ? "module" : "commonjs");
  let src;
  try { src = new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch {
    process.stderr.write(`error[E0001]: ${file}: source is not valid UTF-8\n`);
    failed = true;
    continue;
  }
  let text = src, offset = 0;
  if (g === "commonjs") { text = PREFIX + (src.startsWith("#!") ? "//" + src.slice(2) : src) + "\n})"; offset = PREFIX.length; }
  try {
    acorn.parse(text, { ecmaVersion: "latest", sourceType: g === "module" ? "module" : "script", allowHashBang: true });
  } catch (e) {
    if (/Invalid regular expression flag/.test(e.message) && g !== "module") {
      try {
        if (g === "commonjs") vm.compileFunction(src, PARAMS); else new vm.Script(src);
        continue;
      } catch (v8error) { e = v8error; }
    }
    const where = typeof e.pos === "number" ? `@${e.pos - offset}` : "";
    process.stderr.write(`error[E0002]: ${file}${where}: ${String(e.message).split("\n")[0]}\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
