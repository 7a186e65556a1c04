// accept: arrow with parenthesized comma body and object body
var f = () => (1, 2)
var g = () => ({ a: 1 }).a
