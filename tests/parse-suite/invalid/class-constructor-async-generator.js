// reject: class: async generator named constructor
class A {
  async *constructor() {}
}
