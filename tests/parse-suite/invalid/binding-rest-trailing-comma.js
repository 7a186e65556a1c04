// reject: declaration: trailing comma after a rest element in a binding pattern
let [a, ...b,] = c;
