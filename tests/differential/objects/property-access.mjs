const o = { a: { b: { c: 1 } }, "with space": 2, 3: "three" };
console.log(o.a.b.c, o["with space"], o[3], o["3"], o[1 + 2], o.missing, o["a"]["b"].c);
const key = { toString() { return "a"; } };
console.log(JSON.stringify(o[key]));
try { o.missing.x; } catch (e) { console.log(e.name); }
try { null.x; } catch (e) { console.log(e.name); }
console.log((5).toFixed(1), "str".length, true.toString());
