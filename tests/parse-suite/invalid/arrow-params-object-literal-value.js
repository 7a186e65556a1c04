// reject: arrow function: arrow parameter object pattern with a literal value
({ a: 1 }) => 1;
