const o = { a: 1, b: [2, 3], c: "s" };
console.log(JSON.stringify(Object.entries(o)), JSON.stringify(Object.values(o)));
console.log(JSON.stringify(Object.fromEntries([["x", 1], ["y", 2]])));
console.log(JSON.stringify(Object.fromEntries(new Map([[1, "one"], [2, "two"]]))));
const doubled = Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k, v * 2]));
console.log(JSON.stringify(doubled));
