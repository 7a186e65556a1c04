// reject: unterminated literal or comment: backslash followed by a line terminator in a regular expression literal
x = /a\
/;
