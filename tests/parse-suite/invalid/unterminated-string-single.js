// reject: unterminated literal or comment: single-quoted string at end of file
'abc