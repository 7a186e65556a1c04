const o = Object.freeze({ a: 1, nested: { b: 2 } });
try { o.a = 2; } catch (e) { console.log(e.name); }
o.nested.b = 3;
console.log(o.a, o.nested.b, Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
const s = Object.seal({ c: 1 });
s.c = 2;
try { s.d = 1; } catch (e) { console.log(e.name); }
try { delete s.c; } catch (e) { console.log(e.name); }
console.log(s.c, Object.isSealed(s), Object.isFrozen(s));
const n = Object.preventExtensions({ e: 1 });
try { n.f = 1; } catch (e) { console.log(e.name); }
delete n.e; console.log(JSON.stringify(n), Object.isExtensible(n));
