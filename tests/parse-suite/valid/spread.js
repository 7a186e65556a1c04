// accept: spread in calls, new, arrays and objects
var a = [], o = {}
f(...a)
f(1, ...a, 2)
new F(...a)
var b = [...a, ...'abc']
var c = { ...o, x: 1, ...null }
function f() {}
function F() {}
