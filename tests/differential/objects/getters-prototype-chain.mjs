const proto = { get v() { return this._v * 2; }, set v(x) { this._v = x; } };
const o = Object.create(proto);
o.v = 5;
console.log(o.v, o._v, Object.keys(o).join(), o.hasOwnProperty("v"));
const ro = Object.create(Object.freeze({ x: 1 }));
try { ro.x = 2; } catch (e) { console.log(e.name); }
console.log(ro.x, Object.keys(ro).length);
Object.defineProperty(ro, "x", { value: 3, writable: true, enumerable: true });
console.log(ro.x);
