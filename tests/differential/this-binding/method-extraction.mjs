const o = { name: "o", get() { return this?.name; } };
const f = o.get;
console.log(o.get(), f(), (o.get)(), (0, o.get)(), [o.get][0]() === undefined);
const holder = { name: "holder", f: o.get };
console.log(holder.f(), o["get"](), o?.get());
const { get: destructured } = o;
console.log(destructured(), Reflect.apply(o.get, { name: "reflect" }, []));
