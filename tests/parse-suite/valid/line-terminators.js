// accept: CR, CRLF, U+2028, U+2029 as line terminators (ASI between statements)
var a = 1var b = 2
var c = 3 var d = 4 var e = 5
