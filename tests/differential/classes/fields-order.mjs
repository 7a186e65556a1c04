const log = [];
class A { a = log.push("A.a"); constructor() { log.push("A.ctor"); } }
class B extends A { b = log.push("B.b"); constructor() { log.push("B.before"); super(); log.push("B.after"); } }
new B();
console.log(log.join(" "));
class C { x = 1; y = this.x + 1; ["comp" + "uted"] = 3; static s = 4; static t = C.s + 1; }
console.log(JSON.stringify(new C()), C.s, C.t);
class D { static a = 1; static b = D.a + 1; x = D.b; }
console.log(new D().x, Object.keys(D).join());
