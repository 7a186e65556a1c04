#!/usr/bin/env node
// Writes Tests/VMTests/Fixtures/regexp.json: regular-expression cases with the results of the `node`
// running this script, which RegExpTests replays against the VM's engine (Sources/VM/RegExp).
//
// Usage: node scripts/regexp-fixtures.mjs [output] [--seed S] [--random N]
//   (the committed file uses the defaults; other seeds and counts are for wider local runs)
//
// Each case is {p, f, s, i, r} or {p, f, e}:
//   p, s  the pattern and the input, as strings, or as arrays of UTF-16 code units when not well formed;
//   f     the flags; i the start index (lastIndex). With `y` the match must start at i, otherwise it is
//         the first match at or after i;
//   r     null (no match) or the capture ranges [[start, end] | null, …], index 0 the whole match;
//   e     the SyntaxError message of `new RegExp(p, f)`.
// Random cases come from a fixed-seed generator, so the file is reproducible.
//
// With --scripts, it prints instead the Swift table of Script and Script_Extensions ranges at the end
// of Sources/VM/RegExp/RegExpUnicode.swift (the standard library does not expose scripts).

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
function option(name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? Number(args[index + 1]) : fallback;
}
const output = args[0] && !args[0].startsWith('--') ? args[0] : join(root, 'Tests/VMTests/Fixtures/regexp.json');

if (args.includes('--scripts')) {
  const scripts = [["Latin","Latn"],["Greek","Grek"],["Cyrillic","Cyrl"],["Han","Hani"],["Arabic","Arab"],["Hebrew","Hebr"],
  ["Hiragana","Hira"],["Katakana","Kana"],["Hangul","Hang"],["Thai","Thai"],["Devanagari","Deva"],["Armenian","Armn"],
  ["Georgian","Geor"],["Common","Zyyy"],["Inherited","Zinh","Qaai"],["Bengali","Beng"],["Tamil","Taml"],["Ethiopic","Ethi"],
  ["Cherokee","Cher"],["Mongolian","Mong"],["Tibetan","Tibt"],["Khmer","Khmr"],["Lao","Laoo"],["Gujarati","Gujr"],
  ["Gurmukhi","Guru"],["Kannada","Knda"],["Malayalam","Mlym"],["Telugu","Telu"],["Sinhala","Sinh"],["Myanmar","Mymr"],
  ["Bopomofo","Bopo"],["Runic","Runr"],["Ogham","Ogam"],["Braille","Brai"],["Coptic","Copt","Qaac"],["Syriac","Syrc"],
  ["Thaana","Thaa"],["Yi","Yiii"],["Gothic","Goth"],["Deseret","Dsrt"],["Canadian_Aboriginal","Cans"],["Oriya","Orya"]];
  let all = '';
  for (let cp = 0; cp <= 0x10FFFF; cp++) { if (cp >= 0xD800 && cp <= 0xDFFF) continue; all += String.fromCodePoint(cp); }
  function ranges(prop) {
    const re = new RegExp(`\\p{${prop}}+`, 'gu'); const out = [];
    for (const m of all.matchAll(re)) {
      const lo = m[0].codePointAt(0); const last = [...m[0]].pop().codePointAt(0);
      out.push(lo === last ? lo.toString(16) : lo.toString(16) + '-' + last.toString(16));
    }
    return out.join(' ');
  }
  let lines = [];
  for (const [name, ...aliases] of scripts) {
    lines.push(`    "${name}": "${ranges('Script=' + name)}",`);
    lines.push(`    "scx:${name}": "${ranges('Script_Extensions=' + name)}",`);
  }
  let al = scripts.flatMap(([name, ...aliases]) => aliases.map(a => `    "${a}": "${name}",`));
    console.log(`  static let scriptRanges: [String: String] = [\n${lines.join('\n')}\n  ]\n\n  static let scriptAliases: [String: String] = [\n${al.join('\n')}\n  ]`);
  process.exit(0);
}

const cases = [];
const seen = new Set();
const encode = (text) => (text.isWellFormed() ? text : Array.from({ length: text.length }, (_, k) => text.charCodeAt(k)));

function add(pattern, flags, input, start = 0) {
  const key = JSON.stringify([pattern, flags, input, start]);
  if (seen.has(key)) return;
  seen.add(key);
  let regExp;
  try {
    regExp = new RegExp(pattern, flags);
  } catch (error) {
    const errorKey = JSON.stringify([pattern, flags]);
    if (seen.has(errorKey)) return;
    seen.add(errorKey);
    cases.push({ p: encode(pattern), f: flags, e: error.message });
    return;
  }
  // `d` gives the indices; `g` (unless sticky) makes exec honour lastIndex without changing matching.
  let extra = flags.includes('d') ? '' : 'd';
  if (!flags.includes('y') && !flags.includes('g')) extra += 'g';
  regExp = new RegExp(pattern, flags + extra);
  regExp.lastIndex = start;
  const match = regExp.exec(input);
  const r = match ? match.indices.map((pair) => (pair ? [pair[0], pair[1]] : null)) : null;
  cases.push({ p: encode(pattern), f: flags, s: encode(input), i: start, r });
}

function addError(pattern, flags = '') {
  add(pattern, flags, '');
}

// Hand-written cases, one group per syntax element: [pattern, flags list, inputs].
const groups = [
  // Literals, alternation, sequences.
  ['abc', ['', 'i', 'u'], ['abc', 'xabcx', 'ABC', 'ab', '']],
  ['a|b|c', ['', 'y'], ['c', 'xb', '', 'abc']],
  ['a|ab', [''], ['abc']],
  ['(a|ab)(c|bcd)(d*)', [''], ['abcd']],
  ['|a', [''], ['a']],
  ['a||b', [''], ['b']],
  // Quantifiers.
  ['a*', [''], ['', 'aaa', 'baa']],
  ['a+', [''], ['', 'aaa', 'baa']],
  ['a?', [''], ['', 'a', 'ba']],
  ['a{2}', [''], ['a', 'aa', 'aaaa']],
  ['a{2,}', [''], ['a', 'aaa', 'aaaaa']],
  ['a{2,3}', [''], ['a', 'aaa', 'aaaaa']],
  ['a{0}b', [''], ['ab', 'b']],
  ['a*?', [''], ['aaa']],
  ['a+?', [''], ['aaa']],
  ['a??b', [''], ['ab', 'b']],
  ['a{2,}?', [''], ['aaaa']],
  ['a{2,3}?b', [''], ['aaab', 'aab']],
  ['x*y+$', [''], ['xxyy', 'xxyyx', 'yyy']],
  ['(a+)+b', [''], ['aaab', 'aaaa']],
  ['(a*)*', [''], ['b', 'aab']],
  ['(a*)+', [''], ['b', 'aab']],
  ['(a|b)*', [''], ['abab', 'abc']],
  ['(a|b)*?c', [''], ['ababc']],
  ['(?:a|b)+', [''], ['xxabbax']],
  ['(a*)?', [''], ['b', 'aa']],
  ['(a*?)?', [''], ['b']],
  ['(?:a?)*?b', [''], ['aab']],
  ['(z)((a+)?(b+)?(c))*', [''], ['zaacbbbcac']],
  ['(a)|b', [''], ['b', 'a']],
  ['(?:(a)|b)*', [''], ['ab', 'ba']],
  ['(?:(a)|(b))+', [''], ['ab', 'aba']],
  ['((a)|b)+', [''], ['ab', 'ba']],
  ['(?:()|a)*b', [''], ['aab']],
  ['(a{2})*', [''], ['aaaaa']],
  ['(?:a{0,2}){3}', [''], ['aaaaaaa']],
  ['(a|b){2,3}c', [''], ['ababc', 'abc', 'ac']],
  ['(\\d{1,3}\\.){3}\\d{1,3}', [''], ['ip 192.168.1.10 x', '1.2.3']],
  ['.*foo', [''], ['xfooyfoo', 'fo']],
  ['.*?foo', [''], ['xfooyfoo']],
  ['[a-c]*?d', [''], ['abcd', 'abc']],
  ['a{1,}?b', [''], ['aaab']],
  ['(?:ab)*c', [''], ['ababc', 'abac']],
  ['(a+|b+)*c', [''], ['aabbc', 'aabb']],
  ['(aa|a)*a', [''], ['aaaa']],
  ['^(a+)\\1*,\\1+$', [''], ['aaaaaaaaaa,aaaaaaaaaaaaaaa']],
  // Greedy runs that must give back.
  ['a*ab', [''], ['aaab', 'ab']],
  ['\\d+5', [''], ['12345', '5']],
  ['x.*y.*z', [''], ['xayaz yz', 'xyz']],
  ['[^,]*,', [''], ['ab,cd,', 'abc']],
  // Groups and captures.
  ['(a)(b)(c)', [''], ['abc']],
  ['((a)(b))', [''], ['ab']],
  ['(?:a)(b)', [''], ['ab']],
  ['(a(b(c(d))))', [''], ['abcd']],
  ['(?<year>\\d{4})-(?<month>\\d{2})', ['', 'u'], ['on 2024-05-01']],
  ['(?<a>x)\\k<a>', ['', 'u'], ['xx', 'xy']],
  ['(?<a>.)(?<b>.)\\k<b>\\k<a>', [''], ['abba', 'abab']],
  ['\\k<a>(?<a>x)', [''], ['xx', 'x']],
  ['(?<$>a)(?<_b1>b)', [''], ['ab']],
  ['(?<\\u0061b>c)\\k<ab>', ['', 'u'], ['cc']],
  ['(?<π>p)', ['', 'u'], ['p']],
  // Backreferences.
  ['(a)\\1', ['', 'i'], ['aa', 'aA', 'ab']],
  ['(a)?\\1b', [''], ['b', 'aab']],
  ['\\1(a)', [''], ['aa', 'a']],
  ['(a\\1)', [''], ['aa']],
  ['(?:(a)|b)\\1', [''], ['b', 'aa']],
  ['(\\w+)\\s\\1', [''], ['hello hello', 'hello world']],
  ['(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', [''], ['abcdefghijj', 'abcdefghija0']],
  ['(a)\\2', [''], ['a\x02']],
  ['\\8\\9', [''], ['89']],
  ['(.)\\1+', ['', 'i'], ['aAaB', 'xyz']],
  ['(\\u0130)\\1', ['i', 'iu'], ['\u0130i', '\u0130\u0130']],
  ['(\u{10400})\\1', ['iu'], ['\u{10400}\u{10428}']],
  // Lookahead.
  ['a(?=b)', [''], ['ab', 'ac']],
  ['a(?!b)', [''], ['ab', 'ac']],
  ['(?=(a+))a*b\\1', [''], ['baaabac']],
  ['(?=(a+))', [''], ['baaabac']],
  ['(.*?)a(?!(a+)b\\2c)\\2(.*)', [''], ['baaabaac']],
  ['(?!(a))b', [''], ['b']],
  ['(?=a)*b', [''], ['b']],
  ['(?=a){2}a', [''], ['a']],
  ['(?:(?=(\\w))\\w)+', [''], ['abc']],
  ['^(?=.*\\d)(?=.*[a-z]).{6,}$', [''], ['abc123', 'abcdef', '12']],
  // Lookbehind.
  ['(?<=a)b', [''], ['ab', 'cb']],
  ['(?<!a)b', [''], ['ab', 'cb']],
  ['(?<=(\\d+)(\\d+))$', [''], ['1053']],
  ['(?<=\\1(a))b', [''], ['aab', 'ab']],
  ['(?<=(a)\\1)b', [''], ['aab']],
  ['(?<=([ab])+)c', [''], ['abc']],
  ['(?<=\\$)\\d+(\\.\\d*)?', [''], ['cost $10.53', 'cost 10']],
  ['(?<!\\$)\\b\\d+', [''], ['$10 20']],
  ['(?<=a(?=b)b)c', [''], ['abc']],
  ['(?<=^|,)\\w', ['g'], ['a,b']],
  ['(?<=\\b)x', [''], ['ax x']],
  ['(?<=a.)b', ['', 'u', 's'], ['a\u{1F600}b', 'axb', 'a\nb']],
  ['(?<=(?<n>x)y)z', [''], ['xyz']],
  ['(?<=a*)b', [''], ['aab']],
  ['(?<=a*?)b', [''], ['aab']],
  ['(?<=([abc]{2})*)d', [''], ['abcabd']],
  ['(?<!(a))b', [''], ['b']],
  ['(?<=\\u{1F600})x', ['u'], ['\u{1F600}x']],
  // Anchors and boundaries.
  ['^a', ['', 'm'], ['a', 'ba', 'b\na']],
  ['a$', ['', 'm'], ['a', 'ab', 'a\nb', 'a\r\nb']],
  ['^$', ['', 'm'], ['', '\n', 'a\n\nb']],
  ['^b', ['m'], ['a\u2028b', 'a\u2029b', 'a\rb']],
  ['\\bfoo\\b', [''], ['a foo b', 'afoob', 'foo']],
  ['\\Boo\\B', [''], ['foo', 'fooz']],
  ['\\b', [''], ['', ' ', 'a']],
  ['\\B', [''], ['', ' ', 'a']],
  ['\\w\\b', ['iu', 'i', 'u'], ['a\u017F', 'k\u212A', 'a ']],
  ['^', ['g'], ['abc']],
  ['$', [''], ['abc']],
  // Dot.
  ['.', ['', 's', 'u', 'su'], ['\n', '\r', '\u2028', '\u2029', 'a', '\u{1F600}', '\uD800']],
  ['a.c', ['', 's'], ['a\nc', 'abc']],
  ['^.+$', ['', 'u'], ['\u{1F600}\u{1F601}']],
  ['^..$', ['', 'u'], ['\u{1F600}']],
  // Character classes.
  ['[abc]', [''], ['xxc', 'xyz']],
  ['[^abc]', [''], ['abcd', 'abc']],
  ['[a-z]+', ['', 'i'], ['abcXYZ', 'ABC']],
  ['[]', [''], ['a', '']],
  ['[^]', [''], ['\n', '']],
  ['[-a]', [''], ['-', 'a']],
  ['[a-]', [''], ['-']],
  ['[a\\-z]', [''], ['-', 'b']],
  ['[\\d-z]', [''], ['-', 'z', '5', 'a']],
  ['[z-\\d]', [''], ['-']],
  ['[\\w-\\s]', [''], ['-', ' ']],
  ['[\\b]', [''], ['\b', 'b']],
  ['[\\s\\S]', [''], ['\n']],
  ['[\\0]', [''], ['\0']],
  ['[\\1]', [''], ['\x01', '1']],
  ['[\\18]', [''], ['8', '\x01']],
  ['[\\8]', [''], ['8']],
  ['[\\cA]', [''], ['\x01']],
  ['[\\c1]', [''], ['\x11']],
  ['[\\c_]', [''], ['\x1f']],
  ['[\\c*]', [''], ['\\', 'c', '*']],
  ['[\\x41-\\x43]', [''], ['B']],
  ['[\\u0041-\\u0043]', [''], ['C', 'D']],
  ['[\\u{1F600}-\\u{1F64F}]', ['u'], ['\u{1F610}', 'a']],
  ['[\u{1F600}]', ['', 'u'], ['\u{1F600}', '\uD83D']],
  ['[^\u{1F600}]', ['', 'u'], ['\u{1F600}']],
  ['^[^x]$', ['', 'u'], ['\u{1F600}']],
  ['[\\uD83D\\uDE00]', ['u'], ['\u{1F600}']],
  ['[.]', [''], ['a', '.']],
  ['[$^]', [''], ['^']],
  ['[]a]', [''], [']a', 'a']],
  ['[[]', [''], ['[']],
  ['[a-c-e]', [''], ['-', 'd']],
  ['\\d+', [''], ['abc123', '٣']],
  ['\\D+', [''], ['123abc']],
  ['\\w+', [''], ['  foo_1 ', 'é']],
  ['\\W+', [''], ['ab  cd']],
  ['\\s+', [''], ['a \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeffb']],
  ['\\S+', [''], ['  ab  ']],
  ['[\\W]', ['iu', 'i'], ['S', '\u017F', 'k', '\u212A']],
  ['\\W', ['iu'], ['\u017F', '\u212A', 's']],
  ['[^\\W]', ['iu'], ['\u017F']],
  // Escapes.
  ['\\t\\n\\v\\f\\r', [''], ['\t\n\v\f\r']],
  ['\\cJ', ['', 'u'], ['\n']],
  ['\\cj', [''], ['\n']],
  ['\\c', [''], ['\\c']],
  ['\\c1', [''], ['\\c1']],
  ['\\c_', [''], ['\\c_']],
  ['\\0', ['', 'u'], ['\0']],
  ['\\00', [''], ['\0']],
  ['\\07', [''], ['\x07']],
  ['\\012', [''], ['\n']],
  ['\\377', [''], ['\xff']],
  ['\\400', [''], ['\x200']],
  ['\\1', [''], ['\x01']],
  ['\\x41', ['', 'u'], ['A']],
  ['\\x4', [''], ['x4']],
  ['\\u0041', ['', 'u'], ['A']],
  ['\\u004', [''], ['u004']],
  ['\\u{41}', [''], ['u'.repeat(41)]],
  ['\\u{41}', ['u'], ['A']],
  ['\\u{1F600}', ['u'], ['\u{1F600}']],
  ['\\uD83D\\uDE00', ['', 'u'], ['\u{1F600}']],
  ['\\uD83D', ['', 'u'], ['\u{1F600}', '\uD83D']],
  ['\\uDE00', ['', 'u'], ['\u{1F600}', '\uDE00']],
  ['\\a\\e\\g\\%', [''], ['aeg%']],
  ['\\/\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\', ['', 'u'], ['/.*+?()[]{}|^$\\']],
  ['\\k', [''], ['k']],
  ['\\k<a>', [''], ['k<a>']],
  ['\\p{L}', [''], ['p{L}']],
  // Annex B braces.
  ['a{', [''], ['a{']],
  ['a{1', [''], ['a{1']],
  ['a{1,', [''], ['a{1,']],
  ['a{,2}', [''], ['a{,2}']],
  ['{', [''], ['{']],
  ['}', [''], ['}']],
  [']', [''], [']']],
  ['x{1}{', [''], ['x{']],
  // Case-insensitive matching.
  ['\\u212A', ['i', 'iu', ''], ['k', 'K', '\u212A']],
  ['k', ['i', 'iu'], ['\u212A', 'K']],
  ['[a-z]', ['i', 'iu'], ['K', '\u212A', '\u017F']],
  ['[^a-z]', ['i', 'iu'], ['K', '\u212A']],
  ['s', ['i', 'iu'], ['\u017F', 'S']],
  ['\u017F', ['i', 'iu'], ['s', 'S']],
  ['\u00DF', ['i', 'iu'], ['\u1E9E', 'ss', 'SS']],
  ['\u1E9E', ['i', 'iu'], ['\u00DF']],
  ['\u03C3', ['i', 'iu'], ['\u03A3', '\u03C2']],
  ['\u03C2', ['i', 'iu'], ['\u03A3', '\u03C3']],
  ['\u0131', ['i', 'iu'], ['i', 'I', '\u0130']],
  ['\u0130', ['i', 'iu'], ['i', 'I', '\u0131']],
  ['i', ['i', 'iu'], ['\u0130', '\u0131']],
  ['\u01C5', ['i', 'iu'], ['\u01C4', '\u01C6']],
  ['\u00B5', ['i', 'iu'], ['\u039C', '\u03BC']],
  ['\u2126', ['i', 'iu'], ['\u03C9', '\u03A9']],
  ['\u00E5', ['i', 'iu'], ['\u212B', '\u00C5']],
  ['[\u00E0-\u00E5]', ['i', 'iu'], ['\u00C3', '\u212B']],
  ['\u{10400}', ['i', 'iu'], ['\u{10428}']],
  ['[\u{10400}-\u{10410}]', ['iu'], ['\u{10428}', '\u{10438}']],
  ['\u0345', ['i', 'iu'], ['\u03B9', '\u0399', '\u1FBE']],
  ['\u03B8', ['i', 'iu'], ['\u03D1', '\u03F4', '\u0398']],
  ['[\\u0390]', ['i', 'iu'], ['\u1FD3']],
  ['\\w', ['i', 'iu'], ['\u017F', '\u212A']],
  ['[\\w]', ['i', 'iu'], ['\u017F', '\u212A']],
  ['\\W', ['i'], ['\u017F', '\u212A']],
  ['(?:ABC)+', ['i'], ['abcAbC']],
  ['[^A]', ['i'], ['a', 'b']],
  ['[\\x41-\\x5a]+', ['i'], ['hello']],
  ['[Z-a]', ['i'], ['z', 'A', '_']],
  ['\\u10D0', ['i', 'iu'], ['\u1C90', '\u10D0']],
  ['\u13A0', ['i', 'iu'], ['\uAB70']],
  ['[\u24B6-\u24B8]', ['i'], ['\u24D1']],
  // Sticky, global and start positions.
  ['a', ['y'], ['ba', 'ab']],
  ['b', ['y', 'g', ''], ['ab']],
  ['\\d+', ['y'], ['12a34']],
  ['^b', ['y', 'my'], ['ab', 'a\nb']],
  ['(?:)', ['y', 'u'], ['\u{1F600}']],
  // Unicode mode.
  ['\u{1F600}', ['', 'u'], ['\u{1F600}']],
  ['\u{1F600}+', ['', 'u'], ['\u{1F600}\u{1F600}']],
  ['\u{1F600}{2}', ['', 'u'], ['\u{1F600}\u{1F600}', '\u{1F600}\uDE00']],
  ['^[\u{1F600}\u{1F601}]+$', ['', 'u'], ['\u{1F600}\u{1F601}']],
  ['\\udf06', ['', 'u'], ['\ud834\udf06']],
  ['\\ud834', ['', 'u'], ['\ud834\udf06']],
  ['(?:)', ['u', 'g'], ['\u{1F600}']],
  ['.', ['u'], ['\uD800\uD800', '\uDC00\uD800']],
  ['[^a]+', ['u'], ['\uDC00\u{1F600}x']],
  ['x*', ['u'], ['\u{1F600}x']],
  ['[\\ud800-\\udbff]', ['u', ''], ['\u{1F600}', '\uD800']],
  // V8 tries positions inside a pair, where it reads no character and fails backreferences.
  ['(?!^)', ['u', ''], ['\u{1F600}a']],
  ['(?<!^)x?', ['u'], ['\u{1F600}a']],
  ['(?!(a)|\\1)', ['u', 'vi'], ['\u{1F600}']],
  ['(?<=[^k])', ['u'], ['\u{1F600}\nk']],
  ['(?<!\\1)(a)?', ['u'], ['\u{1F600}']],
  // Unicode property escapes.
  ['\\p{L}+', ['u'], ['12abc\u00e9\u4e2d!']],
  ['\\p{Letter}', ['u'], ['1a']],
  ['\\P{L}+', ['u'], ['abc123def']],
  ['\\p{Lu}+', ['u'], ['abCDe']],
  ['\\p{Ll}+', ['u'], ['ABcdE']],
  ['\\p{Lt}', ['u'], ['a\u01C5']],
  ['\\p{Lm}', ['u'], ['a\u02B0']],
  ['\\p{Lo}', ['u'], ['a\u05D0']],
  ['\\p{N}+', ['u'], ['x12\u00BD\u2160y']],
  ['\\p{Nd}+', ['u'], ['x12\u0663y']],
  ['\\p{Nl}', ['u'], ['1\u2160']],
  ['\\p{No}', ['u'], ['1\u00BD']],
  ['\\p{P}+', ['u'], ['a.,!?-()b']],
  ['\\p{Pd}', ['u'], ['a-b']],
  ['\\p{Ps}\\p{Pe}', ['u'], ['x()']],
  ['\\p{Po}', ['u'], ['a!']],
  ['\\p{Pc}', ['u'], ['a_']],
  ['\\p{S}+', ['u'], ['a+$^\u00A9b']],
  ['\\p{Sm}', ['u'], ['a+']],
  ['\\p{Sc}', ['u'], ['a$\u20AC']],
  ['\\p{Sk}', ['u'], ['a^']],
  ['\\p{So}', ['u'], ['a\u00A9']],
  ['\\p{Z}', ['u'], ['a b']],
  ['\\p{Zs}', ['u'], ['a\u3000']],
  ['\\p{C}', ['u'], ['a\u0001']],
  ['\\p{Cc}', ['u'], ['a\u007f']],
  ['\\p{Cf}', ['u'], ['a\u200B\u00AD']],
  ['\\p{Co}', ['u'], ['a\uE000']],
  ['\\p{Cs}', ['u'], ['a\uD800']],
  ['\\p{gc=Lu}', ['u'], ['aB']],
  ['\\p{General_Category=Decimal_Number}', ['u'], ['a5']],
  ['\\p{Script=Latin}+', ['u'], ['\u03b1abc\u00e9']],
  ['\\p{sc=Grek}+', ['u'], ['ab\u03b1\u03b2\u03b3']],
  ['\\p{Script=Greek}+', ['u'], ['ab\u03b1\u03b2\u03b3']],
  ['\\p{Script=Cyrillic}+', ['u'], ['ab\u0430\u0431']],
  ['\\p{Script=Han}+', ['u'], ['ab\u4e2d\u6587\u3002']],
  ['\\p{Script=Arabic}', ['u'], ['a\u0627']],
  ['\\p{Script=Hebrew}', ['u'], ['a\u05D0']],
  ['\\p{Script=Hiragana}', ['u'], ['a\u3042']],
  ['\\p{Script=Katakana}', ['u'], ['a\u30A2']],
  ['\\p{Script=Hangul}', ['u'], ['a\uAC00']],
  ['\\p{Script=Thai}', ['u'], ['a\u0E01']],
  ['\\p{Script=Devanagari}', ['u'], ['a\u0915']],
  ['\\p{Script=Common}+', ['u'], ['a1 !b']],
  ['\\p{scx=Hira}+', ['u'], ['a\u30FC\u3042']],
  ['\\p{Alphabetic}+', ['u'], ['1ab\u00e92']],
  ['\\p{Alpha}', ['u'], ['1a']],
  ['\\p{White_Space}+', ['u'], ['a \u3000\tb']],
  ['\\p{ASCII}+', ['u'], ['\u00e9abc\u00e9']],
  ['\\P{ASCII}', ['u'], ['abc\u00e9']],
  ['\\p{Any}', ['u'], ['\u{1F600}']],
  ['\\p{Emoji}', ['u'], ['a\u{1F600}']],
  ['\\p{Uppercase}', ['u'], ['a\u2160A']],
  ['\\p{Lowercase}', ['u'], ['A\u00AAa']],
  ['\\p{ID_Start}+', ['u'], ['1ab2']],
  ['\\p{ID_Continue}+', ['u'], ['-ab2_-']],
  ['[\\p{L}\\p{N}]+', ['u'], ['--ab12--']],
  ['[^\\p{L}]+', ['u'], ['ab12cd']],
  ['\\p{Lu}', ['iu'], ['a']],
  ['\\P{Lu}', ['iu'], ['A']],
  ['[\\p{Lu}]', ['iu'], ['a']],
  // The v flag.
  ['[\\p{L}--[a-z]]+', ['v'], ['abcDEF']],
  ['[[a-z]--[aeiou]]+', ['v'], ['aebcdi']],
  ['[\\w&&\\d]+', ['v'], ['ab12']],
  ['[[a-z]&&[c-f]&&[e-z]]+', ['v'], ['abcdefg']],
  ['[a-c[x-z]]+', ['v'], ['abxyz']],
  ['[^[a-c]]+', ['v'], ['abcxyz']],
  ['[\\q{abc|d}x]+', ['v'], ['abcdxabc']],
  ['[\\q{abc|ab}]', ['v'], ['abc']],
  ['[\\q{}]', ['v'], ['x']],
  ['[\\q{ab}a]', ['v'], ['ab']],
  ['[\\q{ab|c}--\\q{ab}]', ['v'], ['abc']],
  ['[\\p{ASCII}--\\p{L}]+', ['v'], ['ab12!']],
  ['[\u{1F600}-\u{1F602}]', ['v'], ['\u{1F601}']],
  ['[\\-]', ['v'], ['-']],
  ['[a-z]', ['vi'], ['K', '\u212A']],
  ['\\p{L}', ['v'], ['1a']],
  ['.', ['v'], ['\u{1F600}']],
];

for (const [pattern, flagsList, inputs] of groups) {
  for (const flags of flagsList) {
    for (const input of inputs) {
      add(pattern, flags, input);
    }
  }
}

// Start positions other than 0, sticky and not.
for (const [pattern, input] of [
  ['a', 'aXaXa'], ['\\d+', 'a12b345'], ['^a', 'aa'], ['(?<=a)b', 'abab'], ['\\bx', 'xx x'],
  ['', 'abc'], ['b*', 'abbb'], ['\u{1F600}', '\u{1F600}\u{1F600}'], ['.', '\u{1F600}a'],
]) {
  for (const flags of ['', 'y', 'u', 'uy']) {
    for (let start = 0; start <= Math.min(input.length, 5); start++) add(pattern, flags, input, start);
  }
}

// Syntax errors (and a few look-alikes that are valid).
const errors = [
  ['(', ''], ['(?:', ''], ['(a', 'u'], [')', ''], ['a)', 'u'], ['[', ''], ['[a', 'u'], ['\\', ''], ['a\\', 'u'],
  ['*', ''], ['+a', ''], ['?', 'u'], ['a**', ''], ['a++', 'u'], ['a???', ''], ['{1}', ''], ['{1}', 'u'],
  ['{', 'u'], ['}', 'u'], [']', 'u'], ['a{', 'u'], ['a{1', 'u'], ['a{1,', 'u'], ['a{,1}', 'u'], ['a{2,1}', ''],
  ['a{2,1}', 'u'], ['x{2}{3}', ''], ['^*', ''], ['$+', ''], ['\\b*', ''], ['\\B{2}', ''], ['(?=a)*', 'u'],
  ['(?!a)+', 'u'], ['(?<=a)*', ''], ['(?<!a)?', ''], ['(?', ''], ['(?a)', ''], ['(?<)', ''], ['(?<a)', ''],
  ['(?<1>a)', ''], ['(?<a-b>x)', ''], ['(?<a>x)(?<a>y)', ''], ['(?<a>x)|(?<a>y)', ''], ['\\k<a>', 'u'],
  ['(?<a>x)\\k<b>', ''], ['(?<a>x)\\k', ''], ['(?<a>x)\\k<a', ''], ['\\k<a>(?<b>x)', ''], ['[b-a]', ''],
  ['[z-a]', 'u'], ['[\\d-a]', 'u'], ['[a-\\w]', 'u'], ['\\c', 'u'], ['\\c1', 'u'], ['[\\c1]', 'u'], ['\\x1', 'u'],
  ['\\u12', 'u'], ['\\u{}', 'u'], ['\\u{110000}', 'u'], ['\\u{12', 'u'], ['\\a', 'u'], ['\\-', 'u'],
  ['\\00', 'u'], ['\\01', 'u'], ['\\1', 'u'], ['\\2(a)', 'u'], ['[\\1]', 'u'], ['[\\00]', 'u'], ['[\\B]', 'u'],
  ['[\\k]', 'u'], ['\\p', 'u'], ['\\p{', 'u'], ['\\p{L', 'u'], ['\\p{Foo}', 'u'], ['\\p{Script=Foo}', 'u'],
  ['\\p{Script}', 'u'], ['\\p{gc=Latin}', 'u'], ['\\p{Lu=Lu}', 'u'], ['\\P{Any', 'u'], ['[\\p{Foo}]', 'u'],
  ['a', 'gg'], ['a', 'x'], ['a', 'uv'], ['a', 'ii'], ['a', 'G'], ['[(]', 'v'], ['[)]', 'v'], ['[{]', 'v'],
  ['[|]', 'v'], ['[a-]', 'v'], ['[a--]', 'v'], ['[&&a]', 'v'], ['[a&&&b]', 'v'], ['[a&&b--c]', 'v'],
  ['[a--b&&c]', 'v'], ['[^\\q{ab}]', 'v'], ['[a!!b]', 'v'], ['[a##]', 'v'], ['[a', 'v'], ['[[a]', 'v'],
  ['[b-a]', 'v'], ['(?<a>.)\\k<a>(?<b>.)\\k<c>', 'u'], ['a{99999999999}', ''], ['a{2147483648,2147483647}', ''],
  ['(?<𝒜>.)', 'u'], ['(?<𝒜>.)', ''], ['(?<\\u{1d49c}>.)', ''], ['[\\q{a]', 'v'], ['\\q{a}', 'v'],
];
for (const [pattern, flags] of errors) addError(pattern, flags);

// Random patterns over a small alphabet, each run on random inputs. Deterministic (mulberry32).
let seed = option('--seed', 20240601) >>> 0;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
let groupCount = 0;
function atom(depth) {
  const r = random();
  if (depth > 2 || r < 0.45) {
    return pick(['a', 'b', 'c', 'A', '.', '[ab]', '[^a]', '\\w', '\\d', '\\s', '\\b', '^', '$', 'x', '\\B', '[a-c]']);
  }
  if (r < 0.6) {
    groupCount++;
    return '(' + alternation(depth + 1) + ')';
  }
  if (r < 0.7) return '(?:' + alternation(depth + 1) + ')';
  if (r < 0.78) return pick(['(?=', '(?!', '(?<=', '(?<!']) + alternation(depth + 1) + ')';
  if (r < 0.86 && groupCount > 0) return '\\' + (1 + Math.floor(random() * groupCount));
  return pick(['ab', 'ba', 'aa', 'cb']);
}
function term(depth) {
  let text = atom(depth);
  if (/^(\\b|\\B|\^|\$|\(\?<?[=!])/.test(text)) return text;
  if (random() < 0.4) text += pick(['*', '+', '?', '{2}', '{1,2}', '{0,}', '{2,3}']) + (random() < 0.3 ? '?' : '');
  return text;
}
function sequence(depth) {
  const count = 1 + Math.floor(random() * 3);
  let text = '';
  for (let k = 0; k < count; k++) text += term(depth);
  return text;
}
function alternation(depth) {
  let text = sequence(depth);
  while (random() < 0.25) text += '|' + sequence(depth);
  return text;
}
function randomInput() {
  const length = Math.floor(random() * 9);
  let text = '';
  for (let k = 0; k < length; k++) text += pick(['a', 'a', 'b', 'b', 'c', 'A', ' ', '1', 'x', '\n']);
  return text;
}
const randomFlags = ['', '', 'i', 'm', 's', 'u', 'iu', 'y'];
let randomCases = 0;
const randomTarget = option('--random', 700);
while (randomCases < randomTarget) {
  groupCount = 0;
  const pattern = alternation(0);
  const flags = pick(randomFlags);
  for (let k = 0; k < 3; k++) {
    const before = cases.length;
    add(pattern, flags, randomInput());
    randomCases += cases.length - before;
  }
}

writeFileSync(output, '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
console.log(`${cases.length} cases written to ${output}`);
