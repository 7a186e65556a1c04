function sum() { let t = 0; for (const x of arguments) t += x; return t; }
console.log(sum(1, 2, 3), sum());
function keys() { const k = []; for (const i in arguments) k.push(i); return k.join(); }
console.log(keys("a", "b"));
function spread() { return Math.max(...arguments); }
console.log(spread(4, 9, 2), typeof arguments === "undefined" ? "module: no arguments" : "has");
