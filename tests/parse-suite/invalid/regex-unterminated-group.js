// reject: regular expression: unterminated group
x = /(a/;
