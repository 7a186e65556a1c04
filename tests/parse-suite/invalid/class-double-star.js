// reject: class: ** before a method name
class A {
  **m() {}
}
