// reject: duplicate parameter: duplicate parameters in a sloppy function with a default value (non-simple list)
function f(a, a = 1) {}
