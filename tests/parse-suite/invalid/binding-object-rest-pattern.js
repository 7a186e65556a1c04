// reject: declaration: object rest property that is a pattern in a binding
let { ...{ a } } = c;
