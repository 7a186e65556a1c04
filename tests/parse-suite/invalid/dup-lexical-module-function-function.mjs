// reject: duplicate lexical declaration: two top-level functions of the same name in a module (they are lexical there)
function f() {}
function f() {}
