// accept: throw with its operand on the same line inside a function
function f() { throw new Error('x') }
