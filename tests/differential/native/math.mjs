// Math in native code: the intrinsics (sqrt, abs, floor, ceil, trunc, min, max), Math.round's halves
// (up, and -0 for [-0.5, 0)), sign, fround, hypot. The library functions whose last bits
// differ between glibc and V8's fdlibm (sin, exp, log, pow, atan2, ...) are compared with the interpreter
// instead of node: lit-tests/hotpaths/Inputs/library.mjs.
function round(a) { return Math.round(a); }
function floor(a) { return Math.floor(a); }
function ceil(a) { return Math.ceil(a); }
function trunc(a) { return Math.trunc(a); }
function abs(a) { return Math.abs(a); }
function sqrt(a) { return Math.sqrt(a); }
function sign(a) { return Math.sign(a); }
function fround(a) { return Math.fround(a); }
function min(a, b) { return Math.min(a, b); }
function max(a, b) { return Math.max(a, b); }
function min3(a, b, c) { return Math.min(a, b, c); }
function hypot(a, b) { return Math.hypot(a, b); }
function constants() { return Math.PI + Math.E * Math.LN2 - Math.SQRT2 / Math.LOG10E; }

const edges = [0, -0, 0.49999999999999994, 0.5, -0.5, -0.5000000000000001, 1.5, 2.5, -2.5, -1.5, 4503599627370497,
  -4503599627370497, 2 ** 52 + 0.5, 1e21, -1e-300, NaN, Infinity, -Infinity, 1, -1, 3, 0.1, 2147483647.5];
const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
for (const [name, f] of Object.entries({ round, floor, ceil, trunc, abs, sqrt, sign, fround })) {
  console.log(name, edges.map((a) => show(f(a))).join(' '));
}
for (const [name, f] of Object.entries({ min, max, hypot })) {
  for (const a of edges) console.log(name, show(a), edges.map((b) => show(f(a, b))).join(' '));
}
console.log('min3', show(min3(0, -0, 1)), show(min3(1, NaN, 0)), show(min3(-Infinity, 2, 3)));
console.log('constants', constants());
