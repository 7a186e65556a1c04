function f(x) { switch (x) { case NaN: return "nan"; case 0: return "zero"; default: return "default"; } }
console.log(f(NaN), f(0), f(-0), f("0"));
const s = Symbol("k");
function g(x) { switch (x) { case s: return "sym"; case Symbol("k"): return "other sym"; default: return "no"; } }
console.log(g(s), g(Symbol("k")));
const o = {};
console.log(((x) => { switch (x) { case o: return "same obj"; case {}: return "other"; default: return "none"; } })(o));
