// reject: syntax error: = with nothing after it
var a = ;
