// reject: duplicate lexical declaration: const declared twice
const a = 1;
const a = 2;
