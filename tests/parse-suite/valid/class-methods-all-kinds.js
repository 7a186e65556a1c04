// accept: methods, getters, setters, generators, async, async generators, static variants, computed keys
var k = 'k'
class A {
  m() {}
  get g() { return 1 }
  set s(v) {}
  *gen() { yield 1 }
  async am() { await 1 }
  async *ag() { yield await 1 }
  static sm() {}
  static get sg() {}
  static async *sag() {}
  [k]() {}
  get [k + 1]() {}
  static async [k + 2]() {}
  'str'() {}
  42() {}
}
