// accept: static async generator private methods and calls
class A {
  static async *#m() {}
  static n() { return A.#m() }
}
