const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, null, undefined, "xy", { a: 3 });
console.log(r === target, JSON.stringify(target));
const src = { get g() { return "got"; } };
console.log(JSON.stringify(Object.assign({}, src)), typeof Object.getOwnPropertyDescriptor(Object.assign({}, src), "g").value);
const setter = { set s(v) { this.log = "set " + v; } };
Object.assign(setter, { s: 5 });
console.log(setter.log);
