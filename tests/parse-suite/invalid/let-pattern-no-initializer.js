// reject: declaration: let pattern without initializer
let [a];
