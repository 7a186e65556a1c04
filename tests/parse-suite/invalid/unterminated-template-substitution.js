// reject: unterminated literal or comment: template substitution at end of file
`${a