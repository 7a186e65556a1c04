// accept: <!-- and --> inside strings, templates and regexes in a module
var a = '<!--', b = `-->`, c = /<!--/, d = 1 < !--a
var e = a-->0
