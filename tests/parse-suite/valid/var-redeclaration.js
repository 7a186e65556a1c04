// accept: var redeclared, function redeclared at top level, var and function of the same name
var a; var a
function f() {}
function f() {}
var f
function g(a) { var a }
