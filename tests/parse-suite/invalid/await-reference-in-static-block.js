// reject: await in async, module or static block context: await identifier reference in a class static block
class C {
  static {
    await;
  }
}
