// reject: duplicate lexical declaration: var then let of the same name at top level
var a;
let a;
