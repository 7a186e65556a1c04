// reject: declaration: rest parameter with an initializer
function f(...a = 1) {}
