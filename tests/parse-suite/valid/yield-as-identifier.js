// accept: yield as an identifier in sloppy non-generator code
var yield = 1
yield = 2
function yield2(yield) { return yield }
function* g() { function f() { var yield } }
yield: ;
