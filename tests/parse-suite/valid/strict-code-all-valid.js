// accept: strict code with everything that stays valid there
'use strict'
var o = { eval: 1, arguments: 2 }
o.eval = 3
function f(a, b) { return a + b }
let x = 0o10
class C { static prototype_ = 1 }
var s = '\0'
x = 0
if (x) { function g() {} }
