// accept: ASI at line breaks, before } and at end of input
var a = 1
var b = 2
a = b
{ a }
function f() { return a }
b
