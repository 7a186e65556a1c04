// reject: await in async, module or static block context: await expression in a class static block inside an async function
async function f() {
  class C {
    static {
      await 1;
    }
  }
}
