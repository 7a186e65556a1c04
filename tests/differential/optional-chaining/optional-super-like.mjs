class A { m() { return "A.m"; } }
class B extends A { m() { return super.m?.() + ">B"; } n() { return super.missing?.() ?? "no super.missing"; } }
console.log(new B().m(), new B().n());
const obj = { __proto__: { hi: () => "proto hi" }, go() { return super.hi?.(); } };
console.log(obj.go());
console.log(Object.getPrototypeOf(obj).hi?.() ?? "none", obj.go?.());
