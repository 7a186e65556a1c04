// reject: unterminated literal or comment: template literal at end of file
`abc