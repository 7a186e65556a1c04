// accept: binding patterns: defaults, rest, computed keys, nesting, holes
var k = 'k', src = {}
var [a, , b = 1, [c, d], ...e] = []
var { f, g: h, i = 2, [k]: j, l: { m } = {}, ...n } = src
let [o = 1] = [], { p = 2 } = {}
const [[q]] = [[1]]
