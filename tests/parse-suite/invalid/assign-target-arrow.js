// reject: invalid assignment target: arrow function on the left of =
() => {} = 1;
