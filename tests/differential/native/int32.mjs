// ToInt32 and ToUint32 in native code: `|0`, `>>>`, shifts with counts past 31, bitwise operators,
// Math.imul and Math.clz32 on doubles far outside the int32 range, NaN and the infinities.
function toInt32(a) { return a | 0; }
function toUint32(a) { return a >>> 0; }
function shiftLeft(a, b) { return a << b; }
function shiftRight(a, b) { return a >> b; }
function shiftRightUnsigned(a, b) { return a >>> b; }
function and(a, b) { return a & b; }
function or(a, b) { return a | b; }
function xor(a, b) { return a ^ b; }
function not(a) { return ~a; }
function imul(a, b) { return Math.imul(a, b); }
function clz(a) { return Math.clz32(a); }
function hash(n) {
  let h = 2166136261;
  for (let i = 0; i < n; i++) {
    h ^= i & 255;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
function wrapAround(n) {
  let x = 2147483600;
  for (let i = 0; i < n; i++) x = (x + 7) | 0;
  return x;
}

const edges = [0, -0, 1, -1, 0.9, -0.9, 1.5, -1.5, 31, 32, 33, -1, NaN, Infinity, -Infinity, 2147483647,
  2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 4294967297, -4294967297, 2 ** 53, 2 ** 53 + 2,
  -(2 ** 60), 1e20, -1e20, 1.7976931348623157e308, 5e-324];
const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
for (const [name, f] of Object.entries({ toInt32, toUint32, not, clz })) {
  console.log(name, edges.map((a) => show(f(a))).join(' '));
}
for (const [name, f] of Object.entries({ shiftLeft, shiftRight, shiftRightUnsigned, and, or, xor, imul })) {
  for (const a of edges) console.log(name, show(a), edges.map((b) => show(f(a, b))).join(' '));
}
console.log('hash', hash(1000), hash(0), hash(1));
console.log('wrapAround', wrapAround(5), wrapAround(10), wrapAround(100));
