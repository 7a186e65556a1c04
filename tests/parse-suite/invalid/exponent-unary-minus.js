// reject: operator precedence and mixing: -a ** b
-a ** b;
