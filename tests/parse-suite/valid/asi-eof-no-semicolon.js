// accept: statement at end of input without semicolon or newline
var a = 1
