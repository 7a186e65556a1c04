// reject: bad input: byte 0xFF (never valid UTF-8) inside a string literal
var s = "ÿ";
