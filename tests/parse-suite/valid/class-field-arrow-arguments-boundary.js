// accept: arguments inside a plain function nested in a class field initializer
class A {
  x = function () { return arguments }
  y = { m() { return arguments } }
}
