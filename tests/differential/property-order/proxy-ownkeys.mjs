const target = { b: 1, a: 2, 1: 3 };
const p = new Proxy(target, { ownKeys: () => ["z", "a", "1", "b"], getOwnPropertyDescriptor: (t, k) => ({ value: t[k] ?? "virtual", enumerable: true, configurable: true }) });
console.log(Object.keys(p).join(), Reflect.ownKeys(p).join());
const seen = []; for (const k in p) seen.push(k);
console.log(seen.join(), JSON.stringify(p));
console.log(Object.keys(target).join());
