// reject: duplicate parameter: duplicate parameters in a class constructor
class C {
  constructor(a, a) {}
}
