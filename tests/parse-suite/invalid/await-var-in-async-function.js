// reject: await in async, module or static block context: var await in an async function
async function f() {
  var await;
}
