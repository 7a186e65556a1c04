// reject: class: reference to an undeclared private name
class A {
  m() {
    this.#x;
  }
}
