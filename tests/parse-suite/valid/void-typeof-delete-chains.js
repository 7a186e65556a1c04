// accept: chained unary operators
var a = {}
void typeof delete a.b
!~-+a
typeof typeof a
- -a
+ +a
