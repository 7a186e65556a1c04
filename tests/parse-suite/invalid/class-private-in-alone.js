// reject: class: bare #x as an expression
class A {
  #x;
  m() {
    #x;
  }
}
