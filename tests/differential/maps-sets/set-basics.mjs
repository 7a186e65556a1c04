const s = new Set([1, 2, 2, "2", NaN, NaN, 0, -0]);
console.log(s.size, s.has(2), s.has("2"), s.has(NaN), s.has(-0), [...s].map(String).join());
s.add(3).add(1);
console.log(s.size, s.delete(1), s.delete(99), [...s].map(String).join());
console.log([...new Set("mississippi")].join(""));
