// reject: class: (#x) in obj
class A {
  #x;
  m() {
    (#x) in this;
  }
}
