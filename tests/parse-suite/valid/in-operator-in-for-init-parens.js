// accept: in inside parentheses, arrays and function bodies in a for init
var o = {}
for (var a = ['x' in o]; ; ) break
for (var b = ('x' in o) ? 1 : 2; ; ) break
for (var c = () => { 'x' in o }; ; ) break
