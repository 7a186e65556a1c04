// reject: regular expression: range as an intersection operand
x = /[a-z&&b]/v;
