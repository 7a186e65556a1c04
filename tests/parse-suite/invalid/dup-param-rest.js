// reject: duplicate parameter: duplicate parameters in a sloppy function with a rest parameter
function f(a, ...a) {}
