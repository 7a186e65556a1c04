class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
class A {} class B extends A {}
const b = new B();
console.log(b instanceof A, b instanceof B, A.prototype.isPrototypeOf(b), Object.create(B.prototype) instanceof A);
try { b instanceof {}; } catch (e) { console.log(e.name); }
Object.setPrototypeOf(b, null);
console.log(b instanceof A, Object.getPrototypeOf(b));
