// reject: operator precedence and mixing: typeof a ** b
typeof a ** b;
