// reject: await in async, module or static block context: await expression in async arrow parameters
async (a = await 1) => 1;
