// reject: duplicate parameter: duplicate parameters in a class method
class C {
  m(a, a) {}
}
