// accept: duplicate simple parameters in sloppy functions, generators and async functions
function f(a, a) {}
function* g(a, a) {}
async function h(a, a) {}
var i = function (a, a) {}
