// reject: duplicate lexical declaration: catch parameter pattern binds a name twice
try {
} catch ([e, e]) {
}
