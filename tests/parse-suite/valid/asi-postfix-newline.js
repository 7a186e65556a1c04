// accept: a line break before ++ makes it a prefix operator of the next line
var a = 1, b = 2
a
++b
a
--
b
