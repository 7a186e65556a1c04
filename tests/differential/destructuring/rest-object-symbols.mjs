const s = Symbol("s");
const src = { [s]: 1, a: 2, b: 3 };
const { a, ...rest } = src;
console.log(a, Object.keys(rest).join(), Object.getOwnPropertySymbols(rest).length, rest[s]);
const { 0: zero, ...arrRest } = ["z", "y"];
console.log(zero, JSON.stringify(arrRest), Array.isArray(arrRest));
const { ...empty } = null ?? {};
console.log(JSON.stringify(empty));
