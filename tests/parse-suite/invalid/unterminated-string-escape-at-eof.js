// reject: unterminated literal or comment: string ending with a backslash at end of file
"abc\