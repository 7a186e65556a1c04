function Target() { this.nt = new.target === undefined ? "undef" : new.target.name; }
function Other() {}
const a = Reflect.construct(Target, []);
const b = Reflect.construct(Target, [], Other);
console.log(a.nt, b.nt, b instanceof Other, b instanceof Target);
class X { constructor() { this.nt = new.target.name; } }
class Y extends X {}
console.log(Reflect.construct(X, [], Y).nt, Reflect.construct(X, [], Y) instanceof Y);
try { Reflect.construct(() => {}, []); } catch (e) { console.log(e.name); }
