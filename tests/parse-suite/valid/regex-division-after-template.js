// accept: division after a template literal and after this, ], }, literals
var a = [1]
`${a}` / 2
`x`/1
this / 2
a[0] / 2
1 / 2
'a' / 2
