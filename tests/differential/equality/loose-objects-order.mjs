const log = [];
const a = { valueOf() { log.push("a.valueOf"); return 1; } };
const b = { valueOf() { log.push("b.valueOf"); return 1; } };
console.log(a == b, a == 1, 1 == b, a < b, a <= b);
console.log(log.join());
const d = { toString() { return "2"; }, valueOf: undefined };
console.log(d == 2, d == "2", d + 1);
