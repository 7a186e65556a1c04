// accept: a / b / c is two divisions
var a = 6, b = 3, c = 2, g = 1
a / b / c
a / b / g
