// accept: comma, void, typeof, in, instanceof, conditional nesting, new forms, precedence
var a = 1, b = {}, c
c = (a, b)
void 0
typeof a === 'number'
'x' in b
b instanceof Object
c = a ? b ? 1 : 2 : 3
new Date
new Date()
new new Function()()
new (class {})()
a = b = c
1 + - + - 1
!!a
~a
a >>>= 1
