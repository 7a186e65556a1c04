// reject: identifier escape: \u{ escape without }
var \u{61;
