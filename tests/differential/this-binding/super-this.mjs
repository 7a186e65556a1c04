class A { who() { return "A:" + this.tag; } }
class B extends A { constructor() { super(); this.tag = "b"; } who() { return "B>" + super.who(); } arrowWho() { return (() => super.who())(); } }
const b = new B();
console.log(b.who(), b.arrowWho());
const obj = { __proto__: { hi() { return "proto:" + this.n; } }, n: "obj", hi() { return "own>" + super.hi(); } };
console.log(obj.hi());
const other = { n: "other", hi: obj.hi };
console.log(other.hi());
