// reject: syntax error: #! after code
a; #! x
