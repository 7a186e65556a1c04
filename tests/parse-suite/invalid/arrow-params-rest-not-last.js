// reject: arrow function: rest parameter not last in arrow parameters
(...a, b) => 1;
