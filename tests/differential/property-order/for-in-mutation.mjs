const o = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in o) { seen.push(k); if (k === "a") delete o.b; }
console.log(seen.join());
const arr = [10, 20, 30];
arr.extra = 1;
const ks = []; for (const k in arr) ks.push(k + ":" + typeof k);
console.log(ks.join());
const s = []; for (const k in "hi") s.push(k); console.log(s.join());
