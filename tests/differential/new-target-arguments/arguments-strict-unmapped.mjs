function f(a) { a = "changed"; return arguments[0]; }
console.log(f("orig"));
function g(a) { arguments[0] = "changed"; return a; }
console.log(g("orig"));
function h(a = 1) { a = 2; return arguments[0]; }
console.log(h(5), h());
try { (function () { return arguments.callee; })(); } catch (e) { console.log(e.name); }
