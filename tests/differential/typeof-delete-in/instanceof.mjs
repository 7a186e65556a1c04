class A {} class B extends A {}
console.log(new B() instanceof A, new A() instanceof B, [] instanceof Array, [] instanceof Object, Object.create(null) instanceof Object);
console.log((() => {}) instanceof Function, 1 instanceof Number, new Number(1) instanceof Number, "s" instanceof String);
function F() {} const f = new F();
F.prototype = {};
console.log(f instanceof F, new F() instanceof F);
try { ({}) instanceof (() => {}); } catch (e) { console.log(e.name); }
