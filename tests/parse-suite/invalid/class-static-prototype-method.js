// reject: class: static method named prototype
class A {
  static prototype() {}
}
