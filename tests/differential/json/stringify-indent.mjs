const o = { a: [1, { b: 2 }], c: {}, d: [] };
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify(o, null, "--"));
console.log(JSON.stringify([1, [2]], null, 20).split("\n")[1].length);
console.log(JSON.stringify({ x: 1 }, null, 0), JSON.stringify({ x: 1 }, null, ""));
