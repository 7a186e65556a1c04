// accept: regex after =>, (, ,, =, :, ?, [, !, &&, ||, ??
var f = () => /x/
var a = [/x/, /y/]
var b = a ? /x/ : /y/
var c = !/x/.test('x') && /y/ || /z/
var e = /z/ ?? /w/
var d = { k: /x/ }
f(/x/, /y/)
