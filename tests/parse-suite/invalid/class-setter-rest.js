// reject: class: class setter with a rest parameter
class A {
  set a(...b) {}
}
