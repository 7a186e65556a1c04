class P { #x; static has(o) { return #x in o; } }
console.log(P.has(new P()), P.has({}));
const trap = new Proxy({}, { has(t, k) { return k.startsWith("yes"); } });
console.log("yes-key" in trap, "no" in trap);
const delTrap = new Proxy({ a: 1 }, { deleteProperty(t, k) { return false; } });
try { delete delTrap.a; } catch (e) { console.log(e.name); }
console.log(Reflect.has({ a: 1 }, "a"), Reflect.has([], "length"));
