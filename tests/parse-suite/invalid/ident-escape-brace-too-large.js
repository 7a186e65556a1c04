// reject: identifier escape: \u{110000} in an identifier
var \u{110000};
