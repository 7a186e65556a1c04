// reject: syntax error: --> after code on the same line is -- then >
a; --> b
