// accept: private fields, methods, accessors, static private members, #x in obj
class A {
  #a = 1
  #b() { return this.#a }
  get #c() { return 1 }
  set #c(v) {}
  static #d
  static #e() {}
  static get #f() {}
  static set #f(v) {}
  m(o) { return #a in o && this.#b() && this?.#a && A.#d && (#a in o) }
}
