function f() {}
f.custom = 1;
console.log(f.custom, typeof f, f instanceof Function, f instanceof Object, typeof f.prototype, f.prototype.constructor === f);
console.log(Object.getOwnPropertyNames(f).sort().join());
const arrow = () => {};
console.log(arrow.prototype, Object.hasOwn(arrow, "prototype"));
try { new arrow(); } catch (e) { console.log(e.name); }
