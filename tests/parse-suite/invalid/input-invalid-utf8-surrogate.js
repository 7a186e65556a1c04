// reject: bad input: UTF-8-encoded surrogate U+D800 (0xED 0xA0 0x80) inside a string literal
var s = "í €";
