// accept: / inside a class and escaped /
var a = /[/]/, b = /\//, c = /[\]/]/, d = /a\/b/gimsuyd
