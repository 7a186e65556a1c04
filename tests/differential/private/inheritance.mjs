class Base { #id; constructor(id) { this.#id = id; } id() { return this.#id; } static peek(o) { return o.#id; } }
class Derived extends Base { #id = "derived-own"; ownId() { return this.#id; } }
const d = new Derived("base-id");
console.log(d.id(), d.ownId(), Base.peek(d));
try { Base.peek({}); } catch (e) { console.log(e.name); }
console.log(Object.keys(d).length, typeof d.ownId);
