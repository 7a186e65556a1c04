// reject: declaration: parameter named this
function f(this) {}
