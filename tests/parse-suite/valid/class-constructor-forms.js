// accept: constructor as string key, static method named constructor, computed 'constructor', prototype instance members
class A {
  'constructor'() {}
  static constructor() {}
  ['constructor']() {}
  get ['constructor']() {}
  prototype() {}
}
class B { static ['prototype'] = 1 }
