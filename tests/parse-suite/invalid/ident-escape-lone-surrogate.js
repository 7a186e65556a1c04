// reject: identifier escape: escaped lone surrogate \uD800 in an identifier
var \uD800;
