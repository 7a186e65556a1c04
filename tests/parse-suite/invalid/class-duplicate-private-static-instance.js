// reject: class: instance and static private field of the same name
class A {
  #a;
  static #a;
}
