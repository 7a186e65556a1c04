// accept: instance and static fields, with and without initializers, computed keys, string and numeric keys
var k = 'k'
class A {
  a
  b = 1
  static c
  static d = 2
  [k] = 3
  static [k + 1]
  'e' = 4
  5 = 5
  prototype = 6
  this_ = this
}
