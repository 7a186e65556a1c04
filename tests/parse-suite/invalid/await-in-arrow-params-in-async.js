// reject: await in async, module or static block context: await expression in a plain arrow's parameters inside an async function
async function f() {
  (a = await 1) => 1;
}
