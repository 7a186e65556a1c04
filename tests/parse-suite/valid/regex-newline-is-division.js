// accept: a, line break, /b/g divides (no ASI before /)
var a = 1, b = 2, g = 3
a
/b/g
var c = a
/b/g
