// reject: arrow function: two commas in arrow parameters
(a,,) => 1;
