// accept: eval and arguments as names in sloppy code
function eval() {}
var arguments
eval = 1
arguments = 2
;(function arguments(eval) {})
