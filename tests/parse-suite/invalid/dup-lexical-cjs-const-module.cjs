// reject: duplicate lexical declaration: const module at the top level of a CommonJS module redeclares the wrapper function's parameter
const module = {};
