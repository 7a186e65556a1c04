// Math functions whose last bits differ between glibc and V8 (node's fdlibm): the native code calls
// the VM's own implementations, so it must print exactly what the interpreter prints (--no-jit).
function power(a, b) { return a ** b; }
function pow(a, b) { return Math.pow(a, b); }
function trig(a) { return Math.sin(a) + Math.cos(a) * Math.tan(a) - Math.atan(a); }
function inverse(a) { return Math.asin(a) + Math.acos(a) + Math.atanh(a) + Math.acosh(a + 2); }
function hyperbolic(a) { return Math.sinh(a) - Math.cosh(a) + Math.tanh(a) + Math.asinh(a); }
function exponential(a) { return Math.exp(a) + Math.expm1(a) + Math.cbrt(a); }
function logs(a) { return Math.log(a) + Math.log2(a) + Math.log10(a) + Math.log1p(a); }
function atan2(a, b) { return Math.atan2(a, b); }

const edges = [0, -0, 0.5, -0.5, 1, -1, 2.5, 3, -7, 0.1, 1e-300, 1e300, 710, -745.2, NaN, Infinity, -Infinity];
const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
for (const [name, f] of Object.entries({ trig, inverse, hyperbolic, exponential, logs })) {
  console.log(name, edges.map((a) => show(f(a))).join(' '));
}
for (const [name, f] of Object.entries({ power, pow, atan2 })) {
  for (const a of edges) console.log(name, show(a), edges.map((b) => show(f(a, b))).join(' '));
}
