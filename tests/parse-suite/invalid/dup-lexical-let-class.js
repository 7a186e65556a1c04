// reject: duplicate lexical declaration: let and class of the same name
let A;
class A {}
