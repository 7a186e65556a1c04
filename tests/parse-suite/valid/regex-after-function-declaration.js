// accept: regex after a function declaration's }, division after a function expression's }
function f() {}
/x/.test('x')
var y = function () {} / 1
