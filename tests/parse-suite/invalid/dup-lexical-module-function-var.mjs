// reject: duplicate lexical declaration: top-level function and var of the same name in a module
function f() {}
var f;
