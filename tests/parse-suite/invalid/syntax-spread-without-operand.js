// reject: syntax error: spread with no operand
f(...);
