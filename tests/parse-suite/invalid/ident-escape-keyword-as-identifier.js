// reject: identifier escape: escaped keyword v\u0061r used as an identifier
var v\u0061r;
