// accept: ASI between class fields
class A {
  a
  b = 1
  static c
  ['d']
  e() {}
  get
  f() {}
  static
  g
}
