const src = { async *[Symbol.asyncIterator]() { yield "a1"; yield "a2"; } };
const out = [];
for await (const v of src) out.push(v);
console.log(out.join());
const manual = { [Symbol.asyncIterator]() { let i = 0; return { next: async () => ({ value: i, done: i++ >= 2 }) }; } };
for await (const v of manual) out.push(v);
console.log(out.join());
console.log(typeof src[Symbol.asyncIterator]);
