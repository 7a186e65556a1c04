const m = new Map([["b", 1], [2, 2], ["a", 3], [1, 4]]);
m.delete("b"); m.set("b", 5); m.set(2, 6);
console.log([...m.keys()].join(), [...m.values()].join());
const s = new Set([3, 1, 2]); s.delete(3); s.add(3); s.add(1);
console.log([...s].join());
const seen = []; for (const [k] of m) { seen.push(k); if (k === 2) m.set("late", 0); }
console.log(seen.join());
