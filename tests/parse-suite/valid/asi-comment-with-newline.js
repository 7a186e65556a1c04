// accept: a multi-line comment containing a line break acts as a line terminator for ASI
var a = 1, b = 2
a /*
*/ ++b
var c = 1 /*
*/ c
