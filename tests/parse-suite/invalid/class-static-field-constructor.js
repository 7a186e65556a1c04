// reject: class: static field named constructor
class A {
  static constructor;
}
