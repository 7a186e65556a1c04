// reject: numeric literal: digit 8 in an 0o octal literal
0o8;
