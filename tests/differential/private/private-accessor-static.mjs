class T {
  static #count = 0;
  static get #next() { return ++T.#count; }
  id = T.#next;
  static get total() { return T.#count; }
}
console.log(new T().id, new T().id, new T().id, T.total);
class W { static #x = 1; static read() { return this.#x; } }
class W2 extends W {}
console.log(W.read());
try { W2.read(); } catch (e) { console.log(e.name); }
