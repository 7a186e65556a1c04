const log = [];
const o = { valueOf() { log.push("valueOf"); return 42; }, toString() { log.push("toString"); return "str"; } };
console.log(o == 42, o == "str", o + 1, `${o}`, String(o), o * 2);
console.log(log.join(","));
const d = { [Symbol.toPrimitive](hint) { return hint === "number" ? 7 : hint === "string" ? "S" : "D"; } };
console.log(+d, `${d}`, d + "", d == "D", d < 8);
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name); }
