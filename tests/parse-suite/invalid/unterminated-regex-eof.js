// reject: unterminated literal or comment: regular expression at end of file
x = /abc