// Typed-array kernels: only a profile can say a parameter is a typed array (cruftvm run --profile);
// cruftc build --profile then selects these, and native code reaches the elements through the VM.
function sum(a, n) { let s = 0; for (let i = 0; i < n; i++) s += a[i]; return s; }
function dot(a, b) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }
function scale(a, k) { for (let i = 0; i < a.length; i++) a[i] *= k; return a.length; }
function countPrimes(flags, n) {
  let count = 0;
  for (let i = 2; i < n; i++) {
    if (flags[i]) continue;
    count++;
    for (let j = i * i; j < n; j += i) flags[j] = 1;
  }
  return count;
}
function histogram(data, bins, n) { for (let i = 0; i < n; i++) bins[data[i] >> 5]++; return bins[0] + bins[7]; }
function bump(a, i) { const x = a[i]++; const y = ++a[i]; a[i] -= 0.5; return x * 1000 + y + (a[i] || 5) / 1000; }
function fillI8(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillU8(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillU8C(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillI16(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillU16(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillI32(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillU32(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillF32(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function fillF64(c, v) { for (let i = 0; i < c.length; i++) c[i] = v + i / 2; return c.length; }
function total(a) { return sum(a, a.length) + dot(a, a) + scale(a, -1); }
function first(a) { return a[0]; }
function any(a) { return a[0] + 1; }

const show = (a) => Array.from(a).join(",");
const f = new Float64Array([1.5, 2.5, 3, -0.25]);
console.log(sum(f, 4), sum(f, 5), dot(f, f), scale(f, 2), show(f), total(f), show(f));
const flags = new Uint8Array(100);
console.log(countPrimes(flags, 100), countPrimes(new Uint8Array(10), 1000), flags[91], flags[97]);
const data = new Uint8Array(256);
for (let i = 0; i < 256; i++) data[i] = i;
const bins = new Int32Array(8);
console.log(histogram(data, bins, 300), show(bins));
const ints = new Int32Array([2147483647, 5]);
console.log(bump(ints, 0), show(ints), bump(ints, 2), bump(ints, 1.5), show(ints));
const kinds = [
  [fillI8, new Int8Array(3)], [fillU8, new Uint8Array(3)], [fillU8C, new Uint8ClampedArray(3)],
  [fillI16, new Int16Array(3)], [fillU16, new Uint16Array(3)], [fillI32, new Int32Array(3)],
  [fillU32, new Uint32Array(3)], [fillF32, new Float32Array(3)], [fillF64, new Float64Array(3)],
];
for (const v of [-129.5, 254.5, 1e10, NaN, 0.1, -0]) {
  console.log(kinds.map(([fill, c]) => `${fill(c, v)}:${show(c)}`).join(" "));
}
console.log(first(f), any(f), any(ints));
