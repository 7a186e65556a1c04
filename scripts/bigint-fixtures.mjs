// Writes Tests/VMTests/Fixtures/bigint.json: random BigInt cases with node's results, which
// BigIntArithmeticTests checks BigIntValue against. The generator is seeded, so rerunning it
// reproduces the same file; pass a different seed as the first argument for new cases.
//
//   node scripts/bigint-fixtures.mjs [seed]

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// xorshift32: Math.random cannot be seeded.
let state = Number(process.argv[2] ?? 20240611) >>> 0 || 1;
function next32() {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state;
}
const below = (n) => next32() % n;

// Limbs are mostly random, but runs of zeros and ones and lone high or low bits are what break
// carries, borrows and the quotient estimate of long division, so they are common here.
function limb() {
  switch (below(6)) {
    case 0: return 0n;
    case 1: return 0xffffffffn;
    case 2: return 0x80000000n;
    case 3: return 1n;
    default: return BigInt(next32());
  }
}

function randomBigInt() {
  const bits = 1 + below(300);
  let value = 0n;
  for (let filled = 0; filled < bits; filled += 32) value = (value << 32n) | limb();
  value &= (1n << BigInt(bits)) - 1n;
  if (below(3) === 0) value |= 1n << BigInt(bits - 1); // exactly `bits` wide
  return below(2) === 0 ? -value : value;
}

const cases = [];
const add = (op, a, b, n, r) => cases.push({ op, a: a.toString(), b: b?.toString(), n, r: r.toString() });

const pairs = 95;
for (let i = 0; i < pairs; i++) {
  const a = randomBigInt();
  // Some divisors share the dividend's top limbs, so the quotient limb estimate needs correcting.
  const b = i % 7 === 3 ? (a >> BigInt(below(64))) + BigInt(below(5)) - 2n : randomBigInt();
  add("add", a, b, undefined, a + b);
  add("sub", a, b, undefined, a - b);
  add("mul", a, b, undefined, a * b);
  if (b !== 0n) {
    add("div", a, b, undefined, a / b);
    add("rem", a, b, undefined, a % b);
  }
  add("and", a, b, undefined, a & b);
  add("or", a, b, undefined, a | b);
  add("xor", a, b, undefined, a ^ b);
  add("compare", a, b, undefined, a < b ? -1 : a > b ? 1 : 0);
  const shift = below(340) - 20;
  add("shl", a, undefined, shift, a << BigInt(shift));
  add("shr", a, undefined, shift, a >> BigInt(shift));
  const exponent = below(12);
  const base = a >> BigInt(Math.max(0, a.toString(2).length - 1 - below(120)));
  add("pow", base, undefined, exponent, base ** BigInt(exponent));
  const radix = [2, 8, 10, 16, 36, 3 + below(34)][below(6)];
  add("toString", a, undefined, radix, a.toString(radix));
  const bits = below(320);
  add("asIntN", a, undefined, bits, BigInt.asIntN(bits, a));
  add("asUintN", a, undefined, bits, BigInt.asUintN(bits, a));
  add("not", a, undefined, undefined, ~a);
  add("number", a, undefined, undefined, String(Number(a)));
  // A double near `a`, sometimes with a fraction, sometimes exactly `a` rounded.
  const near = Number(a) * [1, 1, 1 + 1e-15, 1 - 1e-15, 0.5][below(5)] + [0, 0.5, -0.25][below(3)];
  add("compareNumber", a, String(near), undefined, a < near ? -1 : a > near ? 1 : 0);
}

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, "..", "Tests", "VMTests", "Fixtures", "bigint.json");
writeFileSync(output, JSON.stringify({ generator: "scripts/bigint-fixtures.mjs", cases }, null, 0).replaceAll("},{", "},\n{") + "\n");
console.log(`${cases.length} cases written to ${output}`);
