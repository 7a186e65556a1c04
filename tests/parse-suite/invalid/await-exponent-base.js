// reject: await in async, module or static block context: await expression as the base of ** without parentheses
async function f() {
  await a ** b;
}
