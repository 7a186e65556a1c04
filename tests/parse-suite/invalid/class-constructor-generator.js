// reject: class: generator named constructor
class A {
  *constructor() {}
}
