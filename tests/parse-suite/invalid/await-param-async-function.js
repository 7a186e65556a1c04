// reject: await in async, module or static block context: async function parameter named await
async function f(await) {}
