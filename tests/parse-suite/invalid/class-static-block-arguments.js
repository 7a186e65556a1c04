// reject: class: arguments in a static block
class A {
  static {
    arguments;
  }
}
