function f(a, ...rest) { return `${a}|${rest.join(",")}|${rest.length}|${Array.isArray(rest)}`; }
console.log(f(), f(1), f(1, 2, 3));
const g = (...all) => all.reduce((s, x) => s + x, 0);
console.log(g(1, 2, 3, 4), g(), f.length, g.length);
function h(a, { b, c } = {}, ...[d, e]) { return [a, b, c, d, e].join(); }
console.log(h(1, { b: 2, c: 3 }, 4, 5));
