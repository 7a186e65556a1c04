// reject: declaration: rest parameter not last
function f(...a, b) {}
