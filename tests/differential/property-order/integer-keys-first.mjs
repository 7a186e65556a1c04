const o = { b: 1, 2: 1, a: 1, 1: 1, "-1": 1, "01": 1, 1.5: 1, [Symbol("s")]: 1, 4294967294: 1, 4294967295: 1, 0: 1 };
console.log(Object.keys(o).join(","));
console.log(JSON.stringify(o));
const seen = [];
for (const k in o) seen.push(k);
console.log(seen.join(","));
console.log(Reflect.ownKeys(o).length, Object.getOwnPropertySymbols(o).length);
