// reject: await in async, module or static block context: await expression in a non-async function in a script
function f() {
  await x;
}
