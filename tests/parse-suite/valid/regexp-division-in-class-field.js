// accept: regex and division in class field initializers
class A {
  a = /x/
  b = 4 / 2 / 1
  c = this.b / 2
}
