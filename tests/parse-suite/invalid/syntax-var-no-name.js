// reject: syntax error: var without a name
var = 1;
