// reject: arrow function: arrow rest parameter with an initializer
(...a = 1) => 1;
