class A {
  static s() { return this.name; }
  m() { return this.constructor.name; }
}
class B extends A {}
console.log(A.s(), B.s(), new A().m(), new B().m());
const s = A.s;
try { s(); } catch (e) { console.log(e.name); }
const m = new B().m;
try { m(); } catch (e) { console.log(e.name); }
