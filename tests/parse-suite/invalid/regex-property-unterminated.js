// reject: regular expression: unterminated \p{
x = /\p{L/u;
