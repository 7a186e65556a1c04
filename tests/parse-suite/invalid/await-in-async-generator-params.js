// reject: await in async, module or static block context: await expression in async generator parameters
async function* g(a = await 1) {}
