// reject: invalid assignment target: unary expression on the left of =
typeof a = 1;
