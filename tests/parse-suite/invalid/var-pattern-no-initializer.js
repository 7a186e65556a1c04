// reject: declaration: var pattern without initializer
var { a };
