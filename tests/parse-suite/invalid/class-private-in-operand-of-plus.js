// reject: class: 1 + #x in obj (#x is not a valid operand of +)
class A {
  #x;
  m() {
    1 + #x in this;
  }
}
