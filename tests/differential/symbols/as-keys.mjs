const s = Symbol("k");
const o = { [s]: 1, regular: 2 };
console.log(o[s], Object.keys(o).join(), JSON.stringify(o), s in o, Object.getOwnPropertySymbols(o)[0] === s);
const r = []; for (const k in o) r.push(k);
console.log(r.join(), Reflect.ownKeys(o).length, Object.assign({}, o)[s], { ...o }[s]);
console.log(JSON.stringify(Object.entries(o)), Object.getOwnPropertyNames(o).join());
