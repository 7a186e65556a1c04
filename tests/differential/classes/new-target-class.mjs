class Shape { constructor() { if (new.target === Shape) throw new TypeError("abstract"); this.kind = new.target.name; } }
class Sq extends Shape {}
try { new Shape(); } catch (e) { console.log(e.name, e.message); }
console.log(new Sq().kind);
function F() { return new.target === undefined ? "call" : "new"; }
console.log(F(), new F() instanceof F, Reflect.construct(Sq, []).kind);
