// accept: tagged templates on member and call expressions, chained
var a = { b: function (s) { return function () {} } }
a.b`x`
a.b`x``y`
a['b']`z`
