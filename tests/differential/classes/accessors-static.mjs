class Temp {
  static #count = 0;
  #c = 0;
  constructor(c) { this.#c = c; Temp.#count++; }
  get f() { return this.#c * 9 / 5 + 32; }
  set f(v) { this.#c = (v - 32) * 5 / 9; }
  static get count() { return Temp.#count; }
}
const t = new Temp(100);
console.log(t.f, (t.f = 32, t.f), Temp.count, new Temp(0).f, Temp.count);
console.log(JSON.stringify(Object.getOwnPropertyNames(Temp.prototype)));
console.log(typeof Object.getOwnPropertyDescriptor(Temp, "count").get, Object.getOwnPropertyDescriptor(Temp, "count").set);
