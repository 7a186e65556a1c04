// reject: class: async get a()
class A {
  async get a() {}
}
