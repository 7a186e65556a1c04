// reject: class: get *a()
class A {
  get *a() {}
}
