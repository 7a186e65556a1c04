const base = { set v(x) { this._v = "set:" + x; } };
const o = Object.create(base);
o.v = 1;
console.log(o._v, Object.hasOwn(o, "v"), o.v);
const noSetter = Object.create({ get r() { return 1; } });
try { noSetter.r = 5; } catch (e) { console.log(e.name); }
console.log(noSetter.r);
