// reject: declaration: rest element with an initializer in a binding pattern
let [...a = 1] = c;
