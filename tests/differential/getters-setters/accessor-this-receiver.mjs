class A { get who() { return this.constructor.name; } }
class B extends A { get who() { return "B>" + super.who; } }
console.log(new A().who, new B().who);
const o = { get me() { return this; } };
console.log(o.me === o, Object.create(o).me === o);
console.log(Reflect.get(o, "me", 42) === 42);
