// reject: statement position: generator declaration as an if body
if (a) function* g() {}
