// reject: duplicate lexical declaration: let then var of the same name at top level
let a;
var a;
