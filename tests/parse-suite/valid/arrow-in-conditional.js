// accept: arrows as conditional branches and arguments
var t = true
var f = t ? x => x : () => 0
call(a => a, (b) => b)
function call() {}
