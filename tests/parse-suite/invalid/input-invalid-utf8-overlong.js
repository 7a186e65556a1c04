// reject: bad input: overlong encoding 0xC0 0xAF of / inside a string literal
var s = "À¯";
