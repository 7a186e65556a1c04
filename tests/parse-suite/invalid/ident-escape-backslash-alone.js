// reject: identifier escape: backslash not followed by u
var \x61;
