// reject: class: two constructors
class A {
  constructor() {}
  constructor() {}
}
