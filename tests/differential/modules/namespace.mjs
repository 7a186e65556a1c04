import * as m from "./math.lib.mjs";
console.log(Object.keys(m).join(), m[Symbol.toStringTag], Object.isExtensible(m));
console.log(m.add(1, 1), m.default(2, 3), "bump" in m, "nothing" in m);
try { m.newProp = 1; } catch (e) { console.log(e.name); }
try { delete m.add; } catch (e) { console.log(e.name); }
console.log(Object.getPrototypeOf(m), typeof m);
