// reject: super outside its allowed contexts: super.#x
class A extends B {
  #x;
  m() {
    super.#x;
  }
}
