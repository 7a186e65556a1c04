// reject: arrow function: trailing comma after an arrow rest parameter
(...a,) => 1;
