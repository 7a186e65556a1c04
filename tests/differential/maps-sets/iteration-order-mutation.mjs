const m = new Map([[1, "a"], [2, "b"], [3, "c"]]);
const seen = [];
for (const [k] of m) { seen.push(k); if (k === 1) { m.delete(2); m.set(4, "d"); } }
console.log(seen.join());
const s = new Set([1, 2, 3]);
const out = [];
for (const v of s) { out.push(v); if (v < 3) s.add(v + 10); }
console.log(out.join());
const s2 = new Set([1]);
let n = 0;
for (const v of s2) { s2.delete(v); if (n++ < 3) s2.add(v + 1); }
console.log(n, [...s2].join());
