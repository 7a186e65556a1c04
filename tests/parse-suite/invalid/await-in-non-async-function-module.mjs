// reject: await in async, module or static block context: await expression in a non-async function in a module
function f() {
  await 1;
}
