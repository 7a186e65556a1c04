// reject: class: getter named constructor
class A {
  get constructor() {}
}
