// reject: yield in generator context: yield expression in a class static block inside a generator
function* g() {
  class C {
    static {
      yield 1;
    }
  }
}
