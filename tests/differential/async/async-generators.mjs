async function* gen() { yield 1; await null; yield 2; yield Promise.resolve(3); }
const out = [];
for await (const v of gen()) out.push(v);
console.log(out.join());
const it = gen();
console.log(JSON.stringify(await it.next()), JSON.stringify(await it.return("r")), JSON.stringify(await it.next()));
for await (const v of [Promise.resolve("a"), "b"]) out.push(v);
console.log(out.join());
