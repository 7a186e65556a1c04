// reject: declaration: trailing comma after a rest parameter
function f(...a,) {}
