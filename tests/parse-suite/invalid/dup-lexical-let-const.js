// reject: duplicate lexical declaration: let and const of the same name
let a;
const a = 1;
