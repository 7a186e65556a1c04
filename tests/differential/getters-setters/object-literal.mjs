const o = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x * 2; } };
o.v = 5;
console.log(o.v, o._v, JSON.stringify(o), Object.keys(o).join());
const g = { get only() { return "g"; } };
try { g.only = 1; } catch (e) { console.log(e.name); }
const s = { set only(x) { this.got = x; } };
s.only = 3;
console.log(s.only, s.got);
