const a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter((x) => b.has(x)));
const diff = new Set([...a].filter((x) => !b.has(x)));
const sym = new Set([...a, ...b].filter((x) => !(a.has(x) && b.has(x))));
console.log([...union].join(), [...inter].join(), [...diff].join(), [...sym].join());
console.log([...a].every((x) => union.has(x)), [...b].some((x) => diff.has(x)));
console.log(union.size, inter.size, diff.size, sym.size);
