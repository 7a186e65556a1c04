// reject: await in async, module or static block context: await expression in async function parameters
async function f(a = await 1) {}
