// accept: strict-mode-valid code in a module: arguments in functions, let shadowing, escaped names as properties
function f() { return arguments }
let a = 1
{ let a = 2 }
var o = { await: 1, yield: 2 }
o.await
