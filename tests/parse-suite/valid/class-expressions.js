// accept: class expressions, named and anonymous, as values and arguments
var A = class {}
var B = class Named { m() { return Named } }
f(class {})
function f(c) {}
