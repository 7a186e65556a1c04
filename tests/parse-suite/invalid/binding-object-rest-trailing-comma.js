// reject: declaration: trailing comma after a rest property in a binding pattern
let { ...a, } = c;
