function make() { return class { #v; constructor(v) { this.#v = v; } static get(o) { return o.#v; } }; }
const C1 = make(), C2 = make();
const o1 = new C1(1);
console.log(C1.get(o1));
try { C2.get(o1); } catch (e) { console.log(e.name); }
console.log(C1 === C2, new C2(2) instanceof C1);
