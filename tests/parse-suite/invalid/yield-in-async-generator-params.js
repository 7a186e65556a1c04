// reject: yield in generator context: yield expression in async generator parameters
async function* g(a = yield) {}
