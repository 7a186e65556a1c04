function f(a, b = a + 1, c = b * 2) { return [a, b, c].join(); }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null), f());
function g(x = y, y = 2) { return x; }
try { g(); } catch (e) { console.log(e.name); }
console.log(g(1), f.length, g.length, ((a, b = 1, c) => 0).length);
let n = 0;
function h(v = ++n) { return v; }
console.log(h(), h(), h(10), n);
