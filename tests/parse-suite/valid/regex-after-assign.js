// accept: x = /re/g
var x = /re/g
x = /[/]\//
