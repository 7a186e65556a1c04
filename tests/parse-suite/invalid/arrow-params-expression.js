// reject: arrow function: arrow parameters that are an expression
(a + b) => 1;
