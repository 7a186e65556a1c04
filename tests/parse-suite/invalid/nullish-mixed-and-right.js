// reject: operator precedence and mixing: a ?? b && c without parentheses
a ?? b && c;
