// reject: class: method without a body
class A {
  m()
}
