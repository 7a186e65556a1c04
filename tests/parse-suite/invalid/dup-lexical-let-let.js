// reject: duplicate lexical declaration: let a declared twice
let a;
let a;
