const walk = (node, depth = 0) => node ? [depth + ":" + node.v, ...walk(node.l, depth + 1), ...walk(node.r, depth + 1)] : [];
const tree = { v: 1, l: { v: 2, l: { v: 4 } }, r: { v: 3 } };
console.log(walk(tree).join(" "));
const Y = (f) => ((x) => x(x))((x) => f((y) => x(x)(y)));
console.log(Y((fact) => (n) => n <= 1 ? 1 : n * fact(n - 1))(6));
const counter = (n) => n === 0 ? [] : [n, ...counter(n - 1)];
console.log(counter(5).join());
