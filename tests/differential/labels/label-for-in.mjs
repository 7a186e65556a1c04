const objs = [{ a: 1, skip: 1, b: 2 }, { c: 3 }, { stop: 1, d: 4 }];
const keys = [];
outer: for (const o of objs) { for (const k in o) { if (k === "skip") continue outer; if (k === "stop") break outer; keys.push(k); } }
console.log(keys.join());
console.log(keys.length);
console.log(JSON.stringify(objs[0]));
