// accept: getter/setter pairs, static and instance, same name
class A {
  get a() {}
  set a(v) {}
  static get a() {}
  static set a(v) {}
  get #p() {}
  set #p(v) {}
}
