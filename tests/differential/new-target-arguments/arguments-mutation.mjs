function f() { arguments[5] = "x"; arguments.length = 1; return [arguments.length, arguments[5], Array.from(arguments).length].join(); }
console.log(f(1, 2, 3));
function g() { const a = arguments; a.extra = 1; return Object.keys(a).join(); }
console.log(g("p", "q"));
function h() { return JSON.stringify(arguments); }
console.log(h(1, "a"));
