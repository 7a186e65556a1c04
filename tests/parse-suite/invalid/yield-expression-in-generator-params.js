// reject: yield in generator context: yield expression in a generator parameter default
function* g(a = yield) {}
