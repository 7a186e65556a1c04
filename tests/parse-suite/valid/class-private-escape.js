// accept: private name written with an escape, referenced unescaped
class A {
  #\u0061 = 1
  m() { return this.#a }
}
