class A { #x = 1; getX() { return this.#x; } setX(v) { this.#x = v; } }
const a = new A();
a.setX(5);
console.log(a.getX(), Object.keys(a).length, JSON.stringify(a), "#x" in a);
try { A.prototype.getX.call({}); } catch (e) { console.log(e.name); }
const b = new A();
console.log(b.getX(), a.getX());
