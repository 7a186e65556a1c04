// reject: class: two private getters of the same name
class A {
  get #a() {}
  get #a() {}
}
