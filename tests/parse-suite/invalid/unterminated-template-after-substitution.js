// reject: unterminated literal or comment: template text after a substitution at end of file
`${a}abc