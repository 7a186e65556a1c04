// reject: arrow function: arrow with block body called without parentheses
() => {}();
