// accept: member expressions and parenthesized identifiers as assignment targets
var a, o = {}
;(a) = 1
;((a)) += 1
o.x = 1
o['y']++
--o.z
;(o.w) = 2
