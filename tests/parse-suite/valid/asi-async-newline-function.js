// accept: async followed by a line break and function: identifier statement, then a function declaration
var async
async
function f() {}
