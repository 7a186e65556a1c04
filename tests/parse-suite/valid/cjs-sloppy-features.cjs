// accept: sloppy-mode features in a CommonJS module
with ({}) {}
var let = 1
var o = 010
if (o) function f() {}
