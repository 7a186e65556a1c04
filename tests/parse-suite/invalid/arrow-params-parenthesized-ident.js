// reject: arrow function: parenthesized identifier inside arrow parameters
((a)) => 1;
