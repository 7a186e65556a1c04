// reject: declaration: null as a variable name
var null;
