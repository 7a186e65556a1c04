// reject: class: static getter named prototype
class A {
  static get prototype() {}
}
