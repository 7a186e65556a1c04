const proto = { get who() { return this.name; } };
const a = Object.create(proto); a.name = "a";
const b = Object.create(a); b.name = "b";
console.log(a.who, b.who, proto.who);
console.log(Reflect.get(proto, "who", { name: "receiver" }));
const o = { name: "outer", inner: { name: "inner", get n() { return this.name; } } };
console.log(o.inner.n);
