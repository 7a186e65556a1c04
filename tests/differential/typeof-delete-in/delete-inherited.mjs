const proto = { shared: "proto" };
const o = Object.create(proto);
o.shared = "own";
console.log(o.shared, delete o.shared, o.shared, delete o.shared, o.shared);
const nc = {};
Object.defineProperty(nc, "fixed", { value: 1, configurable: false });
try { delete nc.fixed; } catch (e) { console.log(e.name); }
console.log(Reflect.deleteProperty(nc, "fixed"), Reflect.deleteProperty(nc, "other"));
