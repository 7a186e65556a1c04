// reject: duplicate parameter: duplicate parameters in a function in a module
function f(a, a) {}
