// reject: class: constructor and 'constructor' methods
class A {
  constructor() {}
  'constructor'() {}
}
