// accept: conditional with arrow functions and parenthesized expressions
var a, b, c
var x = a ? (b) : (c) => c
var y = a ? (b) => b : c
var z = a ? b ? (c) : (d) => d : 0
var d
