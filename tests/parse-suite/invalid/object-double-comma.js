// reject: object literal: two commas between properties
x = { a: 1,, b: 2 };
