function f() { return [arguments.length, typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)].join(); }
console.log(f(), f(1, 2, 3));
function g(a, b) { return JSON.stringify([...arguments]) + ":" + g.length; }
console.log(g(1), g(1, 2, 3));
function h() { return Array.from(arguments).reverse().join(); }
console.log(h("a", "b", "c"));
