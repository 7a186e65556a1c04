function* gen() { let i = 0; try { while (true) yield i++; } finally { console.log("closed at", i); } }
const [a, b] = gen();
console.log(a, b);
const [c, ...rest] = new Set([1, 2, 3]);
console.log(c, JSON.stringify(rest));
const [[k, v]] = new Map([["key", "val"]]);
console.log(k, v);
