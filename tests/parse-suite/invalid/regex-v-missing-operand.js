// reject: regular expression: subtraction without a right operand
x = /[a--]/v;
