async function* numbers() { try { for (let i = 0; ; i++) { yield i; } } finally { console.log("generator closed"); } }
for await (const n of numbers()) { if (n === 2) break; console.log(n); }
const syncIterOfPromises = [1, 2].map((x) => Promise.resolve(x * 100));
for await (const v of syncIterOfPromises) console.log(v);
