// reject: duplicate lexical declaration: let and a top-level function declaration of the same name
let f;
function f() {}
