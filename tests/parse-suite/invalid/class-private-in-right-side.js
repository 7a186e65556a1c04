// reject: class: obj in #x
class A {
  #x;
  m() {
    this in #x;
  }
}
