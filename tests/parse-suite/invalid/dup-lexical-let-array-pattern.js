// reject: duplicate lexical declaration: let array pattern binds a name twice
let [a, a] = [];
