// reject: class: undeclared private name in a nested class
class A {
  #x;
  m() {
    class B {
      n() {
        this.#y;
      }
    }
  }
}
