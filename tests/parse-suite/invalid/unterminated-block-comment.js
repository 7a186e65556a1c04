// reject: unterminated literal or comment: block comment at end of file
/* never closed