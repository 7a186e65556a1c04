// accept: ?. with member, computed, call, chained, delete, and ?.5 as conditional
var a = null, t = true
a?.b
a?.[0]
a?.()
a?.b.c()
a?.b?.c?.[1]?.(2)
delete a?.b
var x = t?.5:1
a?.b.c.d.e
