// reject: class: class getter with a parameter
class A {
  get a(b) {}
}
