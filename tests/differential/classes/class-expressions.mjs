const A = class Named { who() { return Named.name; } };
console.log(A.name, new A().who(), typeof Named);
const make = (base) => class extends base { extra() { return "extra"; } };
class Base { b() { return "base"; } }
const M = make(Base);
const m = new M();
console.log(m.b(), m.extra(), M.name === "" ? "anon" : M.name);
const Mixed = [(B) => class extends B { x() { return "x"; } }, (B) => class extends B { y() { return "y"; } }].reduce((c, mix) => mix(c), Base);
console.log(new Mixed().x() + new Mixed().y() + new Mixed().b());
