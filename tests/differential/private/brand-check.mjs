class A { #p; static isA(o) { return #p in o; } }
class B { #p; static isB(o) { return #p in o; } }
console.log(A.isA(new A()), A.isA(new B()), B.isB(new B()), A.isA({}));
try { A.isA(1); } catch (e) { console.log(e.name); }
class Proxyish { constructor(o) { return o; } }
class Stamp extends Proxyish { #stamp = "s"; static has(o) { return #stamp in o; } static get(o) { return o.#stamp; } }
const plain = {};
new Stamp(plain);
console.log(Stamp.has(plain), Stamp.get(plain), Object.keys(plain).length);
