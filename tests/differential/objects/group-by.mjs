const people = [{ n: "a", age: 20 }, { n: "b", age: 30 }, { n: "c", age: 20 }];
const g = people.reduce((acc, p) => { (acc[p.age] ??= []).push(p.n); return acc; }, {});
console.log(JSON.stringify(g));
const m = new Map();
for (const p of people) { const k = p.age > 25 ? "old" : "young"; m.set(k, [...(m.get(k) ?? []), p.n]); }
console.log([...m.keys()].join(), m.get("young").join());
console.log(JSON.stringify([1, 2, 3, 4, 5].reduce((a, x) => ({ ...a, [x % 2 ? "odd" : "even"]: [...(a[x % 2 ? "odd" : "even"] ?? []), x] }), {})));
