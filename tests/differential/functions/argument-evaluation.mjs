const log = [];
function v(x) { log.push(x); return x; }
function f(a, b, c) { return a + b + c; }
console.log(f(v(1), v(2), v(3)), log.join());
console.log(f(1), f(1, 2, 3, 4), f("a", "b"));
function g(a) { a = 5; return arguments.length; }
console.log(g(), g(1, 2));
