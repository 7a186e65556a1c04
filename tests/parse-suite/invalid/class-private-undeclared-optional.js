// reject: class: optional-chain reference to an undeclared private name
class A {
  m() {
    this?.#x;
  }
}
