console.log(JSON.stringify({ a: 1, b: "s", c: true, d: null, e: [1, "2"], f: { g: {} } }));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(null), JSON.stringify("str"), JSON.stringify(1e21), JSON.stringify(-0));
console.log(JSON.stringify({ u: undefined, f() {}, n: NaN, i: Infinity, neg: -Infinity }), JSON.stringify([undefined, () => 1, NaN]));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inherited: 1 })));
