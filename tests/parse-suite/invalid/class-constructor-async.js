// reject: class: async method named constructor
class A {
  async constructor() {}
}
