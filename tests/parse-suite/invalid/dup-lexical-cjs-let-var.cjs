// reject: duplicate lexical declaration: let and var of the same name at the top level of a CommonJS module
let a;
var a;
