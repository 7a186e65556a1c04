// reject: declaration: two commas between parameters
function f(a,, b) {}
