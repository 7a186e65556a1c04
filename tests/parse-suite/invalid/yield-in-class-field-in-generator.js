// reject: yield in generator context: yield in a class field initializer inside a generator
function* g() {
  class C {
    x = yield;
  }
}
