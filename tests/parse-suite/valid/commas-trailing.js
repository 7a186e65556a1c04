// accept: trailing commas in arrays, objects, params, args, imports-free places
var a = [1, 2,], b = { x: 1, }, c = [,], d = [, ,]
function f(x, y,) {}
f(1,)
var g = (x,) => x
