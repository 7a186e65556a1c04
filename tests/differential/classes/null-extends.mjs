class N extends null { constructor() { return Object.create(N.prototype); } m() { return "m"; } }
const n = new N();
console.log(n.m(), Object.getPrototypeOf(N.prototype), typeof n.toString);
class WithRet { constructor() { return { replaced: true }; } }
console.log(JSON.stringify(new WithRet()), new WithRet() instanceof WithRet);
class Derived extends WithRet { field = 1; }
console.log(JSON.stringify(new Derived()));
