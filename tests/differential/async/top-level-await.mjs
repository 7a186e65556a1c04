console.log("before");
const v = await Promise.resolve("tla value");
console.log(v);
const results = await Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 0))]);
console.log(results.join());
