// reject: unterminated literal or comment: line feed inside a string literal
"abc
def";
