// reject: unterminated literal or comment: line terminator inside a regular expression literal
x = /abc
/;
