const s1 = Symbol("one"), s2 = Symbol("two");
const o = { [s2]: 1, b: 2, [s1]: 3, 1: 4 };
console.log(Reflect.ownKeys(o).map(String).join());
console.log(Object.getOwnPropertySymbols(o).map((s) => s.description).join());
console.log(JSON.stringify(o), Object.keys(o).join());
