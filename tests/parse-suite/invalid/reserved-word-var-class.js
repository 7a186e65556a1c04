// reject: declaration: class as a variable name
var class;
