// reject: await in async, module or static block context: var await in a class static block
class C {
  static {
    var await;
  }
}
