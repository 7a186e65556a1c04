class A {
  #secret() { return "secret:" + this.v; }
  get #g() { return "getter"; }
  set #s(v) { this.v = v; }
  v = 1;
  reveal() { this.#s = 2; return this.#secret() + "," + this.#g; }
}
console.log(new A().reveal());
class B { #m() {} tryAssign() { try { this.#m = 1; } catch (e) { return e.name; } } }
console.log(new B().tryAssign());
class C { get #ro() { return 1; } t() { try { this.#ro = 2; } catch (e) { return e.name; } } }
console.log(new C().t());
