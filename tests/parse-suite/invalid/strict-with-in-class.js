// reject: strict mode, with: with statement in a class method (class bodies are strict)
class C {
  m() {
    with (a) {}
  }
}
