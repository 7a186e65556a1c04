// Writes Tests/VMTests/Fixtures/numbers.json: number/string conversion cases whose expected
// results come from the JavaScript engine running this script (node is the oracle for the VM's
// NumberConversions). Deterministic: a fixed-seed generator picks the values, so rerunning under
// the same node version reproduces the file byte for byte.
//
// Usage: node scripts/number-fixtures.mjs [output.json [scale [seed]]]
// A larger scale and another seed make a throwaway stress fixture; the committed one is scale 1.
//
// Each case is {"f": function, "x": input, "a": argument (optional), "r": expected}. Number inputs
// and number results are the double's 16 hex-digit bit pattern, so NaN, -0 and every last bit
// survive JSON; string inputs and string results are plain JSON strings.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = process.argv[2] ?? join(root, 'Tests/VMTests/Fixtures/numbers.json');
const scale = Number(process.argv[3] ?? 1);
const seed = BigInt(process.argv[4] ?? 0);

// xorshift128+ so the fixture does not depend on Math.random.
let s0 = 0x9e3779b97f4a7c15n ^ seed, s1 = 0xbf58476d1ce4e5b9n;
const mask = (1n << 64n) - 1n;
function next64() {
  let x = s0; const y = s1;
  s0 = y;
  x ^= (x << 23n) & mask;
  s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
  return (s1 + y) & mask;
}
const randomInt = (n) => Number(next64() % BigInt(n));
const pick = (list) => list[randomInt(list.length)];

const view = new DataView(new ArrayBuffer(8));
function bitsOf(value) {
  view.setFloat64(0, value);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}
function fromBits(bits) {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

// Values: special, integral, powers of ten, halves and ties, tiny, huge, subnormal, random bits.
function randomFinite() {
  for (;;) {
    const value = fromBits(next64());
    if (Number.isFinite(value)) return value;
  }
}
function value() {
  switch (randomInt(12)) {
    case 0: return pick([0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.5, 1e21, 1e-7, 1e-6, 5e-324,
      Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 2 ** 53 + 2, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 32 - 1,
      123456789012345680000, 1.005, 1.45, 8.345, 123.456, 1e-10, 0.000001, 2.5e-7, 999999999999999900000]);
    case 1: return randomInt(2001) - 1000;
    case 2: return (randomInt(2) ? -1 : 1) * Number(next64() >> BigInt(randomInt(64)));
    case 3: return (randomInt(2) ? -1 : 1) * 10 ** (randomInt(80) - 40);
    case 4: return (randomInt(200001) - 100000) / 2 ** (1 + randomInt(12));
    case 5: return Number(((randomInt(2000000) - 1000000) / 1000).toFixed(3)) + pick([0, 0.0005, 0.005, 0.05]);
    case 6: return fromBits(BigInt(randomInt(2 ** 30)) * BigInt(randomInt(2 ** 22) + 1)); // subnormal
    case 7: return randomFinite() / 2 ** (900 + randomInt(200)) || 5e-324;
    case 8: return (randomInt(2) ? -1 : 1) * (1 + randomInt(1000000)) * 10 ** (randomInt(30) + 1);
    case 9: return Number((Math.fround(randomInt(1e6) / 997)).toPrecision(1 + randomInt(17)));
    default: return randomFinite();
  }
}
// toString(radix) of a tiny or huge value runs to a thousand digits; keep most inputs moderate.
function moderateValue() {
  for (;;) {
    const v = value();
    if (!Number.isFinite(v) || v === 0 || (Math.abs(v) > 1e-30 && Math.abs(v) < 1e40)) return v;
  }
}

const cases = [];
const add = (f, x, a, r) => cases.push(a === undefined ? { f, x, r } : { f, x, a, r });

for (let i = 0; i < 700 * scale; i++) { const v = value(); add('toString', bitsOf(v), undefined, String(v)); }
for (let i = 0; i < 450 * scale; i++) {
  const v = i % 15 ? moderateValue() : value();
  const radix = 2 + randomInt(35);
  add('toStringRadix', bitsOf(v), radix, v.toString(radix));
}
for (let i = 0; i < 400 * scale; i++) {
  const v = value();
  const digits = randomInt(3) ? randomInt(21) : randomInt(101);
  add('toFixed', bitsOf(v), digits, v.toFixed(digits));
}
for (let i = 0; i < 300 * scale; i++) {
  const v = value();
  const digits = randomInt(4) === 0 ? undefined : (randomInt(3) ? randomInt(21) : randomInt(101));
  add('toExponential', bitsOf(v), digits === undefined ? -1 : digits, v.toExponential(digits));
}
for (let i = 0; i < 350 * scale; i++) {
  const v = value();
  const precision = 1 + (randomInt(3) ? randomInt(21) : randomInt(100));
  add('toPrecision', bitsOf(v), precision, v.toPrecision(precision));
}
for (let i = 0; i < 200 * scale; i++) {
  const v = randomInt(3) ? value() : Math.trunc(value()) + pick([0, 2 ** 31, 2 ** 32, -(2 ** 32), 2 ** 53]);
  add('toInt32', bitsOf(v), undefined, bitsOf(v | 0));
  add('toUint32', bitsOf(v), undefined, bitsOf(v >>> 0));
}

// Strings for StringToNumber, parseFloat and parseInt.
const spaces = ['', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028',
  '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b'];
const junk = '0123456789.eE+-xXoObB_ aAfFzZ';
function digitsString(length, alphabet = '0123456789') {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[randomInt(alphabet.length)];
  return text;
}
function numericString() {
  const v = value();
  switch (randomInt(14)) {
    case 0: return String(v);
    case 1: return v.toFixed(randomInt(25));
    case 2: return v.toExponential(randomInt(25));
    case 3: return '0x' + digitsString(1 + randomInt(20), '0123456789abcdefABCDEF');
    case 4: return pick(['0b', '0B']) + digitsString(1 + randomInt(70), '01');
    case 5: return pick(['0o', '0O']) + digitsString(1 + randomInt(25), '01234567');
    case 6: return digitsString(1 + randomInt(40)) + (randomInt(2) ? '.' + digitsString(randomInt(30)) : '');
    case 7: return pick(['Infinity', '-Infinity', '+Infinity', 'infinity', 'Infinit', 'Infinityx', 'NaN', '',
      '.', '+', '-', 'e5', '.e5', '1e', '1e+', '5.', '.5', '-.5', '+.5e-3', '1_000', '0x', '-0x10', '+0x10',
      '0x10.5', '00012', '-0', '+0', '1e1000', '-1e1000', '1e-400', '0.0000001', '12abc', '0b2', '0o8']);
    case 8: return digitsString(1 + randomInt(12), junk);
    case 9: return '1' + '0'.repeat(randomInt(330)) + pick(['', '1', '.5', 'e-5']);
    case 10: return '0.' + '0'.repeat(randomInt(340)) + digitsString(1 + randomInt(20));
    // Near-halfway decimal strings stress correct rounding.
    case 11: return '9007199254740993' + digitsString(randomInt(3)) + pick(['', '0000000001', '.5']);
    case 12: return String(v).replace(/^(-?)/, pick(['$1', '+', '-', '--']));
    default: return (randomInt(2) ? '-' : '') + digitsString(1 + randomInt(25), '0123456789abcdefghijklmnopqrstuvwxyz');
  }
}
const wrapped = (text) => pick(spaces) + pick(spaces) + text + pick(spaces) + (randomInt(4) ? '' : pick(spaces));

for (let i = 0; i < 350 * scale; i++) { const t = randomInt(3) ? wrapped(numericString()) : numericString(); add('stringToNumber', t, undefined, bitsOf(Number(t))); }
for (let i = 0; i < 250 * scale; i++) {
  const t = (randomInt(2) ? wrapped(numericString()) : numericString()) + (randomInt(3) ? '' : digitsString(3, junk));
  add('parseFloat', t, undefined, bitsOf(parseFloat(t)));
}
for (let i = 0; i < 350 * scale; i++) {
  const t = randomInt(2) ? wrapped(numericString()) : numericString();
  const radix = randomInt(5) === 0 ? pick([0, 1, 37, -1, 16, 10, 2, 36]) : randomInt(4) === 0 ? 0 : 2 + randomInt(35);
  add('parseInt', t, radix, bitsOf(parseInt(t, radix)));
}
// Array index: the engine decides by storing into an array and reading its length.
const indexStrings = ['0', '1', '12', '012', '00', '-0', '-1', '1e3', '1.0', ' 1', '1 ', '+1', '4294967294',
  '4294967295', '4294967296', '99999999999', '', 'a', '0x10', '2147483648', '1000000', '١'];
for (let i = 0; i < 100 * scale; i++) {
  indexStrings.push(randomInt(2) ? String(next64() >> BigInt(randomInt(64))) : digitsString(1 + randomInt(11)));
}
for (const t of indexStrings) {
  const array = [];
  array[t] = true;
  add('isCanonicalArrayIndex', t, undefined, array.length === 0 ? null : String(array.length - 1));
}

const text = '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';
writeFileSync(output, text);
console.log(`${cases.length} cases, ${text.length} bytes -> ${output}`);
