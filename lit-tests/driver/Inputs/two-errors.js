let a = 1;
let a = 2;
var ok = 017;
