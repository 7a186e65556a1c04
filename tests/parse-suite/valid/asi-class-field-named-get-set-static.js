// accept: class fields named get, set, static, async, followed by line breaks
class A {
  get
}
class B {
  set
}
class C {
  static
}
class D {
  static
  static
}
class E { get; set; static; async; static get; static set; static static = 1; static async }
