// Numeric functions cruftc lowers to native code, called with the edge cases of IEEE doubles and
// int32 boundaries; every result must be node's. `**` is in lit-tests/hotpaths/Inputs/library.mjs.
function add(a, b) { return a + b; }
function sub(a, b) { return a - b; }
function mul(a, b) { return a * b; }
function div(a, b) { return a / b; }
function mod(a, b) { return a % b; }
function negate(a) { return -a; }
function plus(a) { return +a; }
function increment(a) { let b = a; b++; return b; }
function decrement(a) { let b = a; --b; return b; }
function compound(a, b) {
  let x = a;
  x += b; x *= 3; x -= b; x /= 2; x %= 7; x *= x;
  return x;
}
function lessThan(a, b) { return a < b; }
function atMost(a, b) { return a <= b; }
function same(a, b) { return a === b; }
function differs(a, b) { return a != b; }
function pick(a, b) { return a || b; }
function both(a, b) { return a && b; }
function choose(a, b) { return a > b ? a - b : b - a; }

const edges = [0, -0, 1, -1, 0.5, -0.5, 2.5, -2.5, 3, -7, NaN, Infinity, -Infinity, 2147483647, 2147483648,
  -2147483648, -2147483649, 4294967296, 2 ** 53, -(2 ** 53) - 2, 1e300, 5e-324, 0.1];
const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
const binary = { add, sub, mul, div, mod, compound, lessThan, atMost, same, differs, pick, both, choose };
for (const [name, f] of Object.entries(binary)) {
  for (const a of edges) console.log(name, show(a), edges.map((b) => show(f(a, b))).join(' '));
}
for (const [name, f] of Object.entries({ negate, plus, increment, decrement })) {
  console.log(name, edges.map((a) => show(f(a))).join(' '));
}
