function f(x) { switch (x) { case "a": return "A"; default: return "D"; case "b": return "B"; } }
console.log(f("a"), f("b"), f("z"));
function g(x) { const o = []; switch (x) { case 1: o.push(1); default: o.push("d"); case 2: o.push(2); } return o.join(); }
console.log(g(1), g(2), g(3));
function h(x) { switch (x) { default: return "d"; } }
console.log(h(1), h());
