// reject: class: setter named constructor
class A {
  set constructor(v) {}
}
