const p = "prop";
const s = Symbol("acc");
const o = { get [p + 1]() { return "one"; }, set [p + 1](v) { this.last = v; }, get [s]() { return "sym"; }, get 5() { return "five"; } };
o.prop1 = "x";
console.log(o.prop1, o.last, o[s], o[5], Object.keys(o).join());
class C { static get ["st" + "at"]() { return "static computed"; } }
console.log(C.stat);
console.log(Object.getOwnPropertySymbols(o).length, typeof Object.getOwnPropertyDescriptor(o, "prop1").set);
