// reject: duplicate lexical declaration: let require at the top level of a CommonJS module redeclares the wrapper function's parameter
let require = null;
