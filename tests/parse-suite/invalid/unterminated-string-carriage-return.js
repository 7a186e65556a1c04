// reject: unterminated literal or comment: carriage return inside a string literal
'abcdef';
