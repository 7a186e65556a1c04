class Counter {
  #n = 0;
  makeIncrementer() { return () => ++this.#n; }
  static compare(a, b) { return a.#n - b.#n; }
  get n() { return this.#n; }
}
const a = new Counter(), b = new Counter();
const inc = a.makeIncrementer();
inc(); inc(); b.makeIncrementer()();
console.log(a.n, b.n, Counter.compare(a, b));
const inc2 = a.makeIncrementer(); inc2(); console.log(a.n, Counter.compare(b, a));
console.log(new Counter().n, typeof Counter.compare);
