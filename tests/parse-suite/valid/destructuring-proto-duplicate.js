// accept: duplicate __proto__ is allowed in an assignment pattern
var a, b, c = {}
;({ __proto__: a, __proto__: b } = c)
