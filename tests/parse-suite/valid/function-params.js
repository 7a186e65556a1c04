// accept: default values referencing earlier params, patterns with defaults, rest, trailing comma
function f(a, b = a, [c, d] = [], { e, f: g = 1 } = {}, ...rest) {}
function h(a, b,) {}
h(1, 2,)
