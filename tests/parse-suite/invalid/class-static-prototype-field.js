// reject: class: static field named prototype
class A {
  static prototype = 1;
}
