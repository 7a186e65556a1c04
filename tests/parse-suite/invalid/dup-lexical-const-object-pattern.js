// reject: duplicate lexical declaration: const object pattern binds a name twice
const { a, b: a } = {};
