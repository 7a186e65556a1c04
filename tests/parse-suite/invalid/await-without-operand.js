// reject: await in async, module or static block context: await with no operand in an async function
async function f() {
  await;
}
