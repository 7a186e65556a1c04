// reject: class: delete (this.#x)
class A {
  #x;
  m() {
    delete (this.#x);
  }
}
