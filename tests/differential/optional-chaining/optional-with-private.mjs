class C { #p = "priv"; static read(o) { return o?.#p; } static readDeep(o) { return o?.child?.#p; } }
console.log(C.read(new C()), C.read(null), C.readDeep({ child: new C() }), C.readDeep({}));
try { C.read({}); } catch (e) { console.log(e.name); }
console.log(C.readDeep(undefined));
