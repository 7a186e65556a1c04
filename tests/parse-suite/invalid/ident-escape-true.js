// reject: identifier escape: escaped literal tr\u0075e used as an identifier
var tr\u0075e;
