const { a, b: renamed, c = "def", d: { e } = { e: "nested default" }, ...others } = { a: 1, b: 2, z: 26, y: 25 };
console.log(a, renamed, c, e, JSON.stringify(others));
const { length } = "hello";
const { 0: first, [1 + 1]: third } = ["x", "y", "z"];
console.log(length, first, third);
const key = "dyn";
const { [key]: dv = "none" } = {};
console.log(dv);
