// reject: yield in generator context: generator parameter named yield
function* g(yield) {}
