const o = { set x(v) { this._x = v; return "ignored"; } };
const r = (o.x = 7);
console.log(r, o._x);
let chain;
const c = (chain = o.x = 9);
console.log(c, chain, o._x);
const p = { n: 0, set inc(v) { this.n += v; } };
p.inc = 1; p.inc = 2;
console.log(p.n, p.inc);
