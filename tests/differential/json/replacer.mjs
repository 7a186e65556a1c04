const o = { a: 1, b: "two", c: { a: 3, d: 4 } };
console.log(JSON.stringify(o, (k, v) => typeof v === "number" ? v * 10 : v));
console.log(JSON.stringify(o, ["a", "c"]));
const keys = [];
JSON.stringify(o, function (k, v) { keys.push(k === "" ? "(root)" : k); return v; });
console.log(keys.join());
console.log(JSON.stringify(o, (k, v) => (k === "c" ? undefined : v)), JSON.stringify([1, 2], (k, v) => (k === "0" ? undefined : v)));
