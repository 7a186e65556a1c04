class A { m() {} static s() {} get g() { return 1; } }
const d = Object.getOwnPropertyDescriptor(A.prototype, "m");
console.log(d.enumerable, d.writable, d.configurable);
const pd = Object.getOwnPropertyDescriptor(A, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);
const keys = []; for (const k in new A()) keys.push(k);
console.log(keys.length, Object.getOwnPropertyDescriptor(A.prototype, "g").set);
console.log(typeof A.prototype.constructor, A.prototype.constructor === A);
