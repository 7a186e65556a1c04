class A {
  #m() { return "m"; }
  same(other) { return this.#m === other.#m; }
  call() { const f = this.#m; return f.call(this); }
}
console.log(new A().same(new A()), new A().call());
class B { #f = () => this.tag; tag = "b"; get() { return this.#f(); } }
console.log(new B().get(), Object.keys(new B()).join());
console.log(Object.getOwnPropertyNames(A.prototype).join());
