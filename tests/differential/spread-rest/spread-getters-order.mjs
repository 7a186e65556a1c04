const log = [];
const o = { get a() { log.push("a"); return 1; }, b: 2, get c() { log.push("c"); return 3; } };
const r = { ...o, a: 0 };
console.log(JSON.stringify(r), log.join());
const t = { a: -1, ...o };
console.log(JSON.stringify(t), log.join());
console.log(Object.getOwnPropertyDescriptor(t, "a").value, typeof Object.getOwnPropertyDescriptor(t, "a").get);
