// accept: arrow forms: no params, one bare, parenthesized, defaults, rest, patterns, expression and block bodies, object literal body
var a = () => 1
var b = x => x
var c = (x, y) => x + y
var d = (x = 1, ...r) => r
var e = ([x], { y }) => { return x }
var f = () => ({})
var g = (x,) => x
var h = () => () => 1
var i = x => y => z => x
