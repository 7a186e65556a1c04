const log = [];
class A {
  #a = (log.push("#a"), 1);
  pub = (log.push("pub:" + this.#a), 2);
  #b = (log.push("#b"), this.pub + 1);
  constructor() { log.push("ctor:" + this.#b); }
}
new A();
console.log(log.join(" "));
class E { x = this.#y; #y = 1; }
try { new E(); } catch (e) { console.log(e.name); }
class F { #y = 1; x = this.#y; }
console.log(new F().x);
