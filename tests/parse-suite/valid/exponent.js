// accept: ** with parenthesized unary operands and right associativity
var a = 2, b = 3
a ** b
(-a) ** b
a ** -b
a ** b ** 2
a **= 2
(typeof a) ** 2
2 ** ++a
++a ** 2
a++ ** 2
