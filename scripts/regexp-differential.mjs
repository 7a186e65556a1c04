#!/usr/bin/env node
// Differential test of cruft's regular-expression validator against V8 (the `node` running this).
//
// Usage:
//   node scripts/regexp-differential.mjs <harness> [--random N] [--seed S] [--show K] [--write-cases FILE]
//
// <harness> is an executable speaking this line protocol:
//   stdin:  one case per line, `<flags>\t<pattern>` (UTF-8; the pattern runs to the end of the line and
//           may itself contain tabs; patterns never contain CR or LF here).
//   stdout: one line per case, in order: `ok`, or `error <offset> <message>` where <offset> is the byte
//           offset of RegExpSyntaxError (relative to the pattern body; flag errors point past it).
// A Swift harness is a few lines around `RegExpValidator.validate(pattern:flags:)`, e.g. this main.swift
// built outside the package with
//   swiftc -O -parse-as-library Sources/Frontend/RegExpValidator.swift \
//     Sources/Frontend/RegExpUnicodeProperties.swift main.swift -o /tmp/regexp-harness
//
//   @main struct Harness {
//     static func main() {
//       while let line = readLine(strippingNewline: true) {
//         let bytes = Array(line.utf8)
//         let tab = bytes.firstIndex(of: 9) ?? bytes.count
//         let pattern = tab < bytes.count ? Array(bytes[(tab + 1)...]) : []
//         if let error = RegExpValidator.validate(pattern: pattern, flags: Array(bytes[..<tab])) {
//           print("error \(error.offset) \(error.message)")
//         } else {
//           print("ok")
//         }
//       }
//     }
//   }
//
// Every case is also given to `new RegExp(pattern, flags)`; the verdicts (accept/reject) must agree.
// Known, deliberate disagreements (listed in the header of Sources/Frontend/RegExpValidator.swift) are
// counted separately and do not fail the run. Exit status: 0 when nothing else disagrees, 1 otherwise.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 0 || args[0].startsWith('--')) {
  console.error('usage: node scripts/regexp-differential.mjs <harness> [--random N] [--seed S] [--show K]');
  process.exit(2);
}
const harness = args[0];
function option(name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
}
const randomCount = Number(option('--random', '20000'));
let seed = Number(option('--seed', '20240601')) >>> 0;
const showLimit = Number(option('--show', '40'));
const writeCases = option('--write-cases', null);

// Deterministic PRNG (mulberry32) so a failing run can be reproduced with --seed.
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const cases = [];
const seen = new Set();
function add(flags, pattern) {
  if (/[\r\n]/.test(pattern) || /[\r\n\t]/.test(flags)) return;
  // Lone surrogates cannot be written as UTF-8, and the lexer never hands them over.
  if (!pattern.isWellFormed() || !flags.isWellFormed()) return;
  const key = flags + '\t' + pattern;
  if (seen.has(key)) return;
  seen.add(key);
  cases.push({ flags, pattern });
}
const mainFlags = ['', 'u', 'v'];
const allFlags = ['', 'u', 'v', 'i', 'dgimsy', 'iu', 'iv'];
function addAll(pattern, flagSets = allFlags) {
  for (const flags of flagSets) add(flags, pattern);
}

// ---- Hand-written cases -------------------------------------------------------------------------

const handWritten = String.raw`
a|b|
^$\b\B
a{1}{2}
{
}
]
a**
?
*
+
a???
a*?
a{1,2}?
a{2,1}
a{1,1}
a{01,1}
a{0010,9}
a{1
a{1,
a{,1}
a{}
{1}
x{1}{
x{1,}{
(?=a)*
(?=a){2}
(?!a)+
(?<=a)*
(?<!a)?
\b*
\B+
^*
$?
(a)\1
\1(a)
(a)\2
\8
\9
\10
\08
\00
\0
\01
\377
\400
(?<a>.)\k<b>
(?<a>.)\k<a>
\k<a>(?<a>.)
\k<a>
\k
\k<
\k<a
(?<a>.)\k
(?<a>.)\k<
(?<a>.)[\k]
[\k]
(?<a>.)(?<a>.)
(?<a>.)|(?<a>.)
(?<a>)(?<b>)(?<c>)\k<c>
(?<$>)
(?<_>)
(?<a1>)
(?<1a>)
(?<>)
(?<a)
(?<a-b>)
(?<\u0061>)
(?<\u{61}>)
(?<\u{1d453}>)
(?<\ud835\udc53>)
(?<\ud835>)
(?<a\u200cb>)
(?<a\u200db>)
(?<\u200c>)
(?<𝑓>)
(?<a𝑓>)
(?<é>)
(?<\x61>)
(?<a\>)
(?<\u{110000}>)
(?<\u{}>)
(?:a)
(?a)
(?i:a)
(?
(
)
(()
())
a)
[
[]
[^]
[a
[a-]
[-a]
[a-z]
[z-a]
[a-a]
[\d-a]
[a-\d]
[\w-]
[-\w]
[\s-\d]
[a-b-c]
[--a]
[\b-a]
[\b]
[\B]
[\-]
\-
[\c]
[\c-a]
[\ca]
[\c1]
[\c_]
[\c*]
\c
\c1
\ca
\c_
[\1]
[\0]
[\00]
[\8]
[\2-\1]
[\1-\2]
[\377-\400]
[\x41-\x40]
[\u0041-\u0040]
[\u{41}-a]
[\u{41}]
\u{41}
\u{110000}
\u{10FFFF}
\u{0000000041}
\u{}
\u{g}
\u004
\u004g
\uD83D\uDE00
[\uD83D\uDE00-\uD83D\uDE02]
[\uD83D\uDE02-\uD83D\uDE00]
[\uD83D\uDE00-\u{1F602}]
[\uDE00-\uD83D]
[😀-😂]
[😂-😀]
[a-😀]
[😀-a]
[😀]
[\😀]
[\😀-a]
😀{2}
[😀-\u{1F602}]
\x4
\x41
\xg1
[\x4-a]
\a
\e
\z
\_
\/
/
\$
\.
\é
\😀
\p{L}
\p{Letter}
\p{Lu}
\p{lu}
\p{Uppercase_Letter}
\p{gc=Lu}
\p{General_Category=Lu}
\p{General_Category=Letter}
\p{gc=L&}
\p{sc=Latin}
\p{Script=Latn}
\p{scx=Greek}
\p{Script_Extensions=Grek}
\p{Script=Unknown}
\p{Script=Zzzz}
\p{Script=Hrkt}
\p{Script=Katakana_Or_Hiragana}
\p{Script=Latin_}
\p{Script}
\p{sc}
\p{Sc}
\p{gc}
\p{gc=}
\p{=Lu}
\p{Lu=}
\p{ASCII}
\p{Any}
\p{Assigned}
\p{ASCII_Hex_Digit}
\p{AHex}
\p{Emoji}
\p{Extended_Pictographic}
\p{White_Space}
\p{space}
\p{Block=Basic_Latin}
\p{InBasic_Latin}
\p{IsLatin}
\p{Latin}
\p{ID_Compat_Math_Start}
\p{Lowercase_Letter=Yes}
\p{ASCII=Y}
\p{L
\p{L}}
\p{
\p
\pL
\P{L}
\P{Any}
\p{}
\p{ L}
\p{L }
\p{Script==Latin}
\p{Script=Latin=Latin}
\p{RGI_Emoji}
\P{RGI_Emoji}
\p{Basic_Emoji}
\p{Emoji_Keycap_Sequence}
\p{RGI_Emoji_Modifier_Sequence}
\p{RGI_Emoji_Flag_Sequence}
\p{RGI_Emoji_Tag_Sequence}
\p{RGI_Emoji_ZWJ_Sequence}
[\p{RGI_Emoji}]
[^\p{RGI_Emoji}]
[^\P{RGI_Emoji}]
[\p{L}-a]
[a-\p{L}]
[\p{L}]
[^\p{L}]
[\P{L}]
\q{a}
[\q{a}]
[\q{abc|d}]
[^\q{a}]
[^\q{a|b}]
[^\q{ab}]
[^\q{}]
[^\q{a|}]
[\q{}]
[\q{a|bc|}]
[\q{a-b}]
[\q{a\-b}]
[\q{a&&b}]
[\q{a&b}]
[\q{a(b}]
[\q{\d}]
[\q{\q{a}}]
[\q{a]
[\q{a}
[\q]
[\qa]
[\q{\u{1F600}}]
[^\q{\u{1F600}}]
[^\q{😀}]
[^\q{\uD83D\uDE00}]
[[a-z]--[aeiou]]
[[a-z]&&[aeiou]]
[\w--\d]
[\w&&\d]
[a&&b]
[a--b]
[ab&&c]
[ab--c]
[a&&b--c]
[a--b&&c]
[a&&b&&c]
[a--b--c]
[a&&bc]
[a--bc]
[a&&b-c]
[a-c&&b]
[a-c--b]
[a&&]
[&&a]
[a--]
[--a]
[a&&&b]
[a&&&&b]
[a&b]
[a-b]
[a-]
[-]
[a-b-c]
[[a]-b]
[a-[b]]
[\d-a]
[a-\d]
[[a]&&[b]]
[[a][b]]
[[[[a]]]]
[[]]
[^[^a]]
[a[b]c]
[[a]--]
[(]
[)]
[{]
[}]
[/]
[|]
[\(]
[\)]
[\{]
[\}]
[\/]
[\|]
[\-]
[\&]
[\!]
[\#]
[\%]
[\,]
[\:]
[\;]
[\<]
[\=]
[\>]
[\@]
[\`]
[\~]
[\$]
[\*]
[\+]
[\.]
[\?]
[\^]
[\_]
[\a]
[!!]
[##]
[$$]
[%%]
[**]
[++]
[,,]
[..]
[::]
[;;]
[<<]
[==]
[>>]
[??]
[@@]
[^^]
[^^^]
[\`\`]
[~~]
[!]
[a!b]
[a!!b]
[\!!]
[!\!]
[\b]
[\B]
[\k]
[\1]
[\0]
[\0a]
[\00]
[\cA]
[\c1]
[\x41]
[\u0041]
[\u{41}]
[\uD83D\uDE00]
[\p{ASCII}--\p{L}]
[\p{RGI_Emoji}--\q{a}]
[^\p{RGI_Emoji}--\q{a}]
[^\q{a}--\p{RGI_Emoji}]
[^\q{ab}&&\q{cd}]
[^\q{ab}&&a]
[^a&&\q{ab}]
[^[\q{ab}]]
[^[^\q{ab}]]
[^[\q{ab}]--a]
[^[\q{ab}]&&[\q{cd}]]
[^[\p{RGI_Emoji}&&\q{ab}]]
[^\p{RGI_Emoji}&&\p{Emoji}]
[^\q{a}\q{bc}]
[^a\q{bc}]
[\q{bc}a]
[a-z\q{bc}]
a{1}{2}
(?<a>)\k<a>{2}
\k<a>{2}
(?<a>a)|\k<a>
(?<a>[)]
([)])
[(]
(?<a>.)(?<b>.)(?<a>.)
(?<𝑓>.)(?<𝑓>.)
(?<a>.)(?<\u0061>.)
\k<\u0061>(?<a>)
(?<a>)\k<\u{61}>
`.trim().split('\n');
for (const pattern of handWritten) addAll(pattern);
addAll("[``]");
addAll("[a``b]");

// Deliberately large or deep inputs (the validator must neither crash nor recurse).
for (const depth of [100, 1000, 20000]) {
  addAll('('.repeat(depth) + 'a' + ')'.repeat(depth), mainFlags);
  addAll('('.repeat(depth) + 'a', mainFlags);
  addAll('(?:'.repeat(depth) + ')'.repeat(depth), mainFlags);
  add('v', '['.repeat(depth) + ']'.repeat(depth));
  add('v', '['.repeat(depth) + 'a' + ']'.repeat(depth - 1));
  add('v', '[^'.repeat(depth) + '\\q{ab}' + ']'.repeat(depth));
  addAll('a|'.repeat(depth), mainFlags);
  addAll('(?<n' + depth + '>' + '\\1'.repeat(10) + ')', mainFlags);
}
addAll('a{' + '9'.repeat(400) + '}', mainFlags);
addAll('a{' + '9'.repeat(400) + ',' + '9'.repeat(399) + '}', mainFlags);
addAll('a{2147483647,2147483646}', mainFlags);
addAll('\\' + '9'.repeat(400) + '(a)', mainFlags);
addAll('\\u{' + '0'.repeat(300) + '41}', mainFlags);

// Flags.
for (const flags of ['g', 'gg', 'dgimsuy', 'dgimsvy', 'uv', 'vu', 'x', 'G', 'U', 'ug', 'guu', 'é', 'gé', 'i\u{1F600}',
  'l', 'ys', 'dd', 'yy', 'mgm', 'ssu']) {
  add(flags, 'a');
}

// Every property name the tables know, plus neighbours that must be rejected.
const here = dirname(fileURLToPath(import.meta.url));
const tableSource = readFileSync(join(here, '..', 'Sources', 'Frontend', 'RegExpUnicodeProperties.swift'), 'utf8');
function tableNames(name) {
  const match = tableSource.match(new RegExp(`static let ${name}: Set<String> = \\[([^\\]]*)\\]`));
  if (!match) throw new Error(`table ${name} not found in RegExpUnicodeProperties.swift`);
  return [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}
const tables = {
  gc: tableNames('generalCategoryValues'),
  sc: tableNames('scriptValues'),
  binary: tableNames('binaryProperties'),
  strings: tableNames('stringProperties'),
};
const propertyNames = [...tables.gc, ...tables.sc, ...tables.binary, ...tables.strings, 'WSpace', 'Hrkt',
  'Katakana_Or_Hiragana', 'Script', 'General_Category', 'Script_Extensions', 'Block', 'L_', 'Foo'];
for (const name of propertyNames) {
  const variants = [name, name.toLowerCase(), name.toUpperCase(), name.replace(/_/g, ''), name + 'x'];
  for (const variant of new Set(variants)) {
    for (const flags of ['u', 'v']) {
      add(flags, `\\p{${variant}}`);
      add(flags, `\\P{${variant}}`);
      add(flags, `[^\\p{${variant}}]`);
      for (const key of ['gc', 'General_Category', 'sc', 'Script', 'scx', 'Script_Extensions', 'Block', 'ASCII']) {
        add(flags, `\\p{${key}=${variant}}`);
      }
    }
    add('', `\\p{${variant}}`);
  }
}

// ---- Random cases -------------------------------------------------------------------------------

const atomFragments = [
  'a', 'b', 'z', '0', '9', '.', '^', '$', '\\b', '\\B', '\\d', '\\D', '\\w', '\\s', '\\1', '\\2', '\\3', '\\8',
  '\\0', '\\00', '\\07', '\\12', '\\k<a>', '\\k<b>', '\\k', '\\k<', '\\c', '\\cA', '\\c1', '\\c_', '\\x4', '\\x41',
  '\\u004', '\\u0041', '\\u{41}', '\\u{110000}', '\\uD83D\\uDE00', '\\uD83D', '\\uDE00', '\\p{L}', '\\P{Lu}',
  '\\p{Script=Greek}', '\\p{RGI_Emoji}', '\\p{Foo}', '\\q{a|bc}', '\\-', '\\/', '\\a', '\\_', '\\$', '\\{', '\\]',
  '😀', '😂', 'é', '{', '}', ']', '-', '&', '&&', '--', '!', '<', '>', '=', ',', '/', '|', ' ',
];
const quantifierFragments = ['*', '+', '?', '*?', '+?', '??', '{1}', '{1,}', '{1,2}', '{2,1}', '{,1}', '{1}?', '{', '{1',
  '{0}', '{99999999999}', '{1,2,3}'];
const groupOpeners = ['(', '(?:', '(?=', '(?!', '(?<=', '(?<!', '(?<a>', '(?<b>', '(?<$>', '(?<\\u0061>', '(?<1>',
  '(?<𝑓>', '(?', '(?i:'];
const classFragments = [
  'a', 'b', 'z', '-', '^', '\\d', '\\w', '\\s', '\\b', '\\B', '\\-', '\\0', '\\1', '\\8', '\\c', '\\cA', '\\c1', '\\c_',
  '\\x41', '\\u0041', '\\u{41}', '\\uD83D\\uDE00', '\\p{L}', '\\P{L}', '\\p{RGI_Emoji}', '\\p{Basic_Emoji}',
  '\\q{a}', '\\q{ab}', '\\q{}', '\\q{a|b}', '\\q{a|bc}', '\\q{', '\\k', '\\k<a>', '😀', '😂', 'é', '&', '&&', '--',
  '!', '!!', '(', ')', '{', '}', '/', '|', '\\&', '\\!', '\\(', '\\|', '\\/', '[', ']', '[a]', '[^a]', '[a-z]',
  '[\\q{ab}]', '[^\\q{ab}]', ' ', '\\a', '\\$', '.', '..',
];

function randomClass(depth) {
  let text = chance(0.3) ? '[^' : '[';
  const count = Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    if (depth < 3 && chance(0.12)) {
      text += randomClass(depth + 1);
    } else {
      text += pick(classFragments);
    }
    if (chance(0.15)) text += pick(['-', '&&', '--']);
  }
  if (chance(0.93)) text += ']';
  return text;
}

function randomDisjunction(depth) {
  let text = '';
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.45) {
      text += pick(atomFragments);
    } else if (roll < 0.6) {
      text += randomClass(0);
    } else if (roll < 0.75 && depth < 4) {
      text += pick(groupOpeners) + randomDisjunction(depth + 1) + (chance(0.92) ? ')' : '');
    } else if (roll < 0.85) {
      text += '|';
    } else {
      text += pick(quantifierFragments);
    }
    if (chance(0.2)) text += pick(quantifierFragments);
  }
  return text;
}

// Mostly well-formed patterns, so that acceptance is exercised as much as rejection.
function wellFormedAtom(depth) {
  const roll = random();
  if (roll < 0.5) return pick(['a', 'b', '.', '\\d', '\\w', '\\u0041', '\\x41', '\\n', '\\p{L}', '😀', 'é', '\\.']);
  if (roll < 0.75) {
    const items = ['a', 'b-y', '\\d', '\\u0041-\\u0050', '\\p{Lu}', '0-9', '\\.', '😀'];
    let body = '';
    for (let i = 0; i < 1 + Math.floor(random() * 3); i++) body += pick(items);
    return (chance(0.3) ? '[^' : '[') + body + ']';
  }
  if (depth > 4) return 'a';
  return pick(['(', '(?:', '(?=', '(?<=']) + wellFormedDisjunction(depth + 1) + ')';
}
function wellFormedDisjunction(depth) {
  const parts = [];
  for (let i = 0; i < 1 + Math.floor(random() * 3); i++) {
    let alternative = '';
    for (let j = 0; j < Math.floor(random() * 4); j++) {
      const atom = wellFormedAtom(depth);
      alternative += atom;
      if (!atom.startsWith('(?<=') && chance(0.3)) alternative += pick(['*', '+', '?', '{2}', '{1,3}', '*?']);
    }
    parts.push(alternative);
  }
  return parts.join('|');
}

for (let i = 0; i < randomCount; i++) {
  const pattern = chance(0.7) ? randomDisjunction(0) : wellFormedDisjunction(0);
  for (const flags of mainFlags) add(flags, pattern);
  if (chance(0.1)) add(pick(allFlags), pattern);
}
// UnicodeSets class expressions, mostly well-formed: unions, `&&`/`--` chains, nesting, strings.
function classSetOperand(depth) {
  const roll = random();
  if (roll < 0.35) return pick(['a', 'b', 'z', '\\x41', '\\u{1F600}', '😀', '\\-', '\\&', '\\b', '.', '!', '#']);
  if (roll < 0.5) return pick(['\\d', '\\W', '\\p{L}', '\\P{Lu}', '\\p{ASCII}', '\\p{RGI_Emoji}', '\\p{Basic_Emoji}',
    '\\P{RGI_Emoji}']);
  if (roll < 0.7) {
    const strings = [];
    for (let i = 0; i < Math.floor(random() * 3) + 1; i++) strings.push(pick(['', 'a', 'ab', '😀', '\\u0041', 'a\\|']));
    return `\\q{${strings.join('|')}}`;
  }
  if (depth > 3) return 'x';
  return classSetExpression(depth + 1);
}
function classSetExpression(depth) {
  const negated = chance(0.3) ? '^' : '';
  const count = Math.floor(random() * 4);
  const kind = pick(['union', 'union', '&&', '--']);
  let body = '';
  for (let i = 0; i < count; i++) {
    if (kind === 'union') {
      body += chance(0.25) ? `${pick(['a', 'b', '0', '😀'])}-${pick(['z', 'c', '9', '😂', '\\u{1F600}'])}` : classSetOperand(depth);
    } else {
      if (i > 0) body += kind;
      body += classSetOperand(depth);
    }
    if (chance(0.04)) body += pick(['&&', '--', '-', '&', '|', '(']);
  }
  return `[${negated}${body}]`;
}
for (let i = 0; i < randomCount / 2; i++) {
  const pattern = classSetExpression(0) + (chance(0.3) ? classSetExpression(0) : '');
  add('v', pattern);
  add('iv', pattern);
  add('u', pattern);
}

// Short strings over an alphabet of syntax characters: the cheapest way into the corner cases.
const alphabet = [...'()[]{}|\\^$*+?.-&!,=<>:0123abckpPqudx_'];
for (let i = 0; i < randomCount; i++) {
  let text = '';
  const length = 1 + Math.floor(random() * 9);
  for (let j = 0; j < length; j++) text += pick(alphabet);
  for (const flags of mainFlags) add(flags, text);
}

// Random mutations of the hand-written cases: cut, duplicate or swap characters.
for (let i = 0; i < randomCount / 4; i++) {
  const chars = [...pick(handWritten)];
  if (chars.length === 0) continue;
  const at = Math.floor(random() * chars.length);
  const roll = random();
  if (roll < 0.33) chars.splice(at, 1);
  else if (roll < 0.66) chars.splice(at, 0, chars[at]);
  else chars.splice(at, 0, pick([...'()[]{}|-\\^$*+?.&']));
  addAll(chars.join(''), mainFlags);
}

// ---- Run ----------------------------------------------------------------------------------------

if (writeCases) writeFileSync(writeCases, cases.map((c) => `${c.flags}\t${c.pattern}\n`).join(''));

const input = cases.map((c) => `${c.flags}\t${c.pattern}\n`).join('');
const run = spawnSync(harness, [], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
if (run.status !== 0) {
  console.error(`harness failed (status ${run.status}, signal ${run.signal}):\n${run.stderr}`);
  process.exit(1);
}
const lines = run.stdout.split('\n');
if (lines.length - 1 !== cases.length) {
  console.error(`harness printed ${lines.length - 1} lines for ${cases.length} cases`);
  process.exit(1);
}

// Documented deviations from V8: these are expected to disagree.
function documented({ flags, pattern }, v8Accepts) {
  // V8 accepts the ICU alias `WSpace`; the specification's table does not list it.
  if (v8Accepts && /\\[pP]\{WSpace\}/.test(pattern)) return 'WSpace alias';
  // V8 clamps quantifier bounds to 2^31-1 before comparing them; the specification does not.
  if (v8Accepts && /\{\d{10,},\d{10,}\}/.test(pattern)) return 'quantifier bounds beyond 2^31-1';
  return null;
}

const abbreviate = (text) => (text.length > 120 ? `${text.slice(0, 60)}…(${text.length})…${text.slice(-40)}` : text);

let agreements = 0;
let v8Limited = 0;
const verdicts = new Map();
let knownDisagreements = 0;
let unexpected = 0;
let badOffsets = 0;
const knownKinds = new Map();
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  const line = lines[i];
  let v8Accepts = true;
  let v8Message = '';
  try {
    new RegExp(c.pattern, c.flags);
  } catch (error) {
    v8Accepts = false;
    v8Message = error.message;
    // Stack exhaustion in V8's recursive parser is an engine limit, not a verdict on the syntax.
    if (!(error instanceof SyntaxError) || /Maximum call stack size exceeded/.test(error.message)) {
      v8Limited++;
      continue;
    }
  }
  const verdict = `${c.flags === '' ? '-' : c.flags}:${v8Accepts ? 'ok' : 'error'}`;
  verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
  const oursAccepts = line === 'ok';
  if (!oursAccepts) {
    const match = /^error (\d+) (.+)$/.exec(line);
    const limit = Buffer.byteLength(c.pattern) + 1 + Buffer.byteLength(c.flags);
    if (!match || Number(match[1]) > limit) {
      badOffsets++;
      if (badOffsets <= showLimit) {
        console.log(`bad harness line ${JSON.stringify(line)} for ${JSON.stringify(abbreviate(c.pattern))}`);
      }
    }
  }
  if (oursAccepts === v8Accepts) {
    agreements++;
    continue;
  }
  const reason = documented(c, v8Accepts);
  if (reason) {
    knownDisagreements++;
    knownKinds.set(reason, (knownKinds.get(reason) ?? 0) + 1);
    continue;
  }
  unexpected++;
  if (unexpected <= showLimit) {
    console.log(`DISAGREE flags=${JSON.stringify(c.flags)} pattern=${JSON.stringify(abbreviate(c.pattern))}`
      + `\n  v8: ${v8Accepts ? 'ok' : abbreviate(v8Message)}\n  ours: ${line}`);
  }
}

console.log(`patterns tried: ${cases.length}`);
console.log(`V8 verdicts by flags: ${[...verdicts].sort().map(([k, n]) => `${k}=${n}`).join(' ')}`);
console.log(`not compared, V8 ran out of stack: ${v8Limited}`);
console.log(`agreements: ${agreements}`);
console.log(`documented disagreements: ${knownDisagreements}`
  + [...knownKinds].map(([kind, count]) => ` [${kind}: ${count}]`).join(''));
console.log(`unexpected disagreements: ${unexpected}`);
console.log(`malformed harness lines: ${badOffsets}`);
console.log(`${agreements + knownDisagreements} passed, ${unexpected + badOffsets} failed`);
process.exit(unexpected + badOffsets === 0 ? 0 : 1);
