class A { m() { return new.target; } static s() { return new.target; } }
console.log(new A().m(), A.s());
function ctor() { return new.target?.name ?? "none"; }
console.log(ctor(), new ctor() instanceof ctor);
const o = { f() { return typeof new.target; } };
console.log(o.f());
