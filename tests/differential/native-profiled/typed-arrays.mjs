// Typed-array kernels that a profile lets cruftc lower to native code (check-differential.py
// --profile-first): element reads and writes, out-of-range and non-integer indices (reads give
// undefined, writes are ignored), length, compound assignments and increments on elements, and typed
// arrays passed from one native function to another.
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
function dot(a, b) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }
function scale(a, k) { for (let i = 0; i < a.length; i++) a[i] *= k; return sum(a); }
function fillAround(a, v) { for (let i = -2; i < a.length + 2; i++) a[i] = v; return a.length; }
function readAt(a, i) { return a[i] * 1; }
function writeAt(a, i, v) { a[i] = v; return a[0] * 1; }
function bump(a, i) { const old = a[i]++; return old + a[i]; }
function countPrimes(flags, n) {
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (flags[i] === 0) {
      count++;
      for (let k = i + i; k <= n; k += i) flags[k] = 1;
    }
  }
  return count;
}
function histogram(values, counts) {
  for (let i = 0; i < values.length; i++) counts[values[i] & 7] += 1;
  let most = 0;
  for (let j = 0; j < counts.length; j++) if (counts[j] > counts[most]) most = j;
  return most;
}

const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
const f = new Float64Array([1.5, -2, 3.25, -0, 1e300]);
const g = new Float64Array([2, 0.5, 4]);
console.log('sum', show(sum(f)), show(sum(new Float64Array(0))), show(sum(g)));
console.log('dot', show(dot(g, g)), show(dot(f, g)), show(dot(g, f)));
console.log('scale', show(scale(g, 3)), Array.from(g).map(show).join(' '));
console.log('fillAround', fillAround(g, 7), Array.from(g).join(' '), Object.keys(g).join(','));
console.log('readAt', [-1, 0, 1, 2, 3, 1.5, -0, NaN, Infinity, 2 ** 53].map((i) => show(readAt(g, i))).join(' '));
console.log('writeAt', [-1, 0, 1.5, 3, NaN, -0].map((i) => show(writeAt(f, i, i * 10 + 1))).join(' '), Array.from(f).map(show).join(' '));
console.log('bump', show(bump(g, 0)), show(bump(g, 5)), show(bump(g, 0.5)), Array.from(g).join(' '));
const flags = new Uint8Array(10001);
console.log('countPrimes', countPrimes(flags, 10000), flags[9973], flags[9999], flags.length);
const counts = new Int32Array(8);
const values = new Float64Array(1000);
for (let i = 0; i < values.length; i++) values[i] = (i * 7919) % 13;
console.log('histogram', histogram(values, counts), Array.from(counts).join(' '));
// A typed array whose `length` means something else (an own property, another prototype) takes the
// bytecode path: the guard checks both.
const own = new Float64Array([1, 2, 3]);
Object.defineProperty(own, 'length', { value: 1 });
const moved = new Float64Array([1, 2, 3]);
Object.setPrototypeOf(moved, Object.create(Float64Array.prototype, { length: { value: 2 } }));
console.log('length', sum(own), sum(moved), sum(new Float64Array([1, 2, 3])));
