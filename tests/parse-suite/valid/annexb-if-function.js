// accept: function declaration as an if/else body in sloppy code
if (a) function f() {}
if (a) function g() {} else function h() {}
if (a) ; else function i() {}
var a
