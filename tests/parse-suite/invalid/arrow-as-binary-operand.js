// reject: arrow function: arrow function as the right operand of +
a + b => 1;
