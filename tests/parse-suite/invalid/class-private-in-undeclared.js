// reject: class: #y in obj with #y undeclared
class A {
  m() {
    #y in this;
  }
}
