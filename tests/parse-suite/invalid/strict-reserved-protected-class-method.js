// reject: strict mode, reserved word as identifier: protected as a variable name in a class method
class C {
  m() {
    var protected;
  }
}
