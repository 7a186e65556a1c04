// accept: (a)/x/i divides
var a = 1, x = 2, i = 3
;(a)/x/i
