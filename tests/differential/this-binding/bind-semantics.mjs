function f() { return this.v; }
const b1 = f.bind({ v: 1 });
const b2 = b1.bind({ v: 2 });
console.log(b1(), b2(), b1.call({ v: 3 }));
function C(a) { this.a = a; this.t = typeof this; }
const BC = C.bind({ ignored: true }, 7);
const inst = new BC();
console.log(inst.a, inst instanceof C, inst instanceof BC, JSON.stringify(inst));
console.log(b1.name, b2.name, b1.length, f.bind().bind().name);
