// accept: assignment patterns: member targets, parenthesized targets, nested, defaults, rest
var a, b, c, o = {}, arr = []
;[a, b] = [b, a]
;[o.x, arr[0], ...o.rest] = []
;({ a, b: o.y, c = 1, ...o.z } = {})
;[(a), ((b))] = []
;({ a: (o.w) } = {})
;[[a], { b }] = [[1], {}]
;({ a: this.q } = {})
