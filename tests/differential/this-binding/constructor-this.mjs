function P(x) { this.x = x; this.get = function () { return this.x; }; }
const p = new P(3);
const g = p.get;
console.log(p.get(), typeof g.call({ x: 9 }), g.call({ x: 9 }));
function Ret() { this.a = 1; return { b: 2 }; }
function RetPrim() { this.a = 1; return 5; }
console.log(JSON.stringify(new Ret()), JSON.stringify(new RetPrim()));
try { P(1); } catch (e) { console.log(e.name); }
