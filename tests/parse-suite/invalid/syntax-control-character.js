// reject: syntax error: U+0001 between tokens
a  b;
