function accumulator() { let total = 0; return function add(n) { total += n; return add; }.bind(null); }
function sum() { let t = 0; const f = (n) => (n === undefined ? t : (t += n, f)); return f; }
console.log(sum()(1)(2)(3)(), sum()());
const counters = {};
for (const name of ["a", "b"]) { let n = 0; counters[name] = () => name + ++n; }
console.log(counters.a(), counters.a(), counters.b());
console.log(typeof accumulator());
