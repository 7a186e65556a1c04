// reject: unterminated literal or comment: / inside an unclosed class does not end the literal
x = /[abc/;
