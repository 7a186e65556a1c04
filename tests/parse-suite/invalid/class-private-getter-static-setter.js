// reject: class: private getter and static private setter of the same name
class A {
  get #a() {}
  static set #a(v) {}
}
