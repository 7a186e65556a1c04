// reject: unterminated literal or comment: double-quoted string at end of file
"abc