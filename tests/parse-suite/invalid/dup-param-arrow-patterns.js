// reject: duplicate parameter: arrow parameter patterns bind a name twice
([a], { b: a }) => 1;
