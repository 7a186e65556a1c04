// reject: label: break to a label outside a class static block
a: {
  class C {
    static {
      break a;
    }
  }
}
